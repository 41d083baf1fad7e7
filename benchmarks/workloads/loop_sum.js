// A 10M-iteration while loop summing its counter (twin of loop_sum.ruff). The total, about 5e13,
// is exact in a double.
function run() {
    var i = 0;
    var total = 0;
    while (i < 10000000) {
        total = total + i;
        i = i + 1;
    }
    return total;
}
