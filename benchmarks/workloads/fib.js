// Recursive Fibonacci: function-call and integer-arithmetic overhead (twin of fib.ruff).
function fib(n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

function run() {
    return fib(30);
}
