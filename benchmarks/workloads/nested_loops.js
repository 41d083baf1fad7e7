// Nested loops over 1000 x 1000 (twin of nested_loops.ruff; JavaScript has no range(), so counted for loops).
function run() {
    var total = 0;
    for (var i = 0; i < 1000; i++) {
        for (var j = 0; j < 1000; j++) {
            total = total + (i * j) % 7;
        }
    }
    return total;
}
