// 1M iterations each reading two object fields and writing two (twin of struct_fields.ruff).
function Point(x, y) {
    this.x = x;
    this.y = y;
}

function run() {
    var p = new Point(0, 0);
    for (var i = 0; i < 1000000; i++) {
        p.x = p.x + i;
        p.y = p.y + p.x % 7;
    }
    return p.x + p.y;
}
