// Writes 200k int keys into a Map, then reads every one back (twin of dict_ops.ruff; a Map, like a
// Ruff or Python dict, is a hash table of arbitrary keys with an O(1) size).
function run() {
    var n = 200000;
    var d = new Map();
    for (var i = 0; i < n; i++) {
        d.set(i, i * 2);
    }
    var total = 0;
    for (var i = 0; i < n; i++) {
        total = total + d.get(i);
    }
    return total + d.size;
}
