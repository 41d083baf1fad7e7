-- Recursive Fibonacci: function-call and integer-arithmetic overhead (twin of fib.ruff).
local function fib(n)
    if n < 2 then
        return n
    end
    return fib(n - 1) + fib(n - 2)
end

function run()
    return fib(30)
end
