// Builds a string by 100k concatenations of short pieces (twin of string_concat.ruff).
function run() {
    var pieces = ["a", "bc", "def", "g"];
    var s = "";
    for (var i = 0; i < 100000; i++) {
        s = s + pieces[i % 4];
    }
    return s.length;
}
