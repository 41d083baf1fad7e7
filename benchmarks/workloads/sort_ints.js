// Pushes 200k pseudo-random ints (a linear congruential generator) and sorts them numerically
// (twin of sort_ints.ruff). JavaScript numbers are doubles and x * 1103515245 reaches 2^61, past
// what a double holds exactly, so the multiplier is split into its high and low 16 bits (as in
// sort_ints.lua; Nashorn has no Math.imul): every partial product stays below 2^53 and the result is
// the same sequence as the 64-bit (x * 1103515245 + 12345) % 2147483648 of the Ruff and Python versions.
var A_HIGH = 16838; // 1103515245 >> 16
var A_LOW = 20077;  // 1103515245 & 0xffff

function run() {
    var xs = [];
    var x = 42;
    for (var i = 0; i < 200000; i++) {
        x = ((x * A_HIGH % 32768) * 65536 + x * A_LOW + 12345) % 2147483648;
        xs.push(x);
    }
    var sorted = xs.sort(function (a, b) { return a - b; });
    return sorted[0] + sorted[100000] + sorted[199999];
}
