// Mandelbrot set membership on a 250 x 250 grid (twin of mandelbrot.ruff; counted for loops for range()).
function run() {
    var size = 250;
    var step = 2.0 / size;
    var inside = 0;
    for (var y = 0; y < size; y++) {
        var ci = y * step - 1.0;
        for (var x = 0; x < size; x++) {
            var cr = x * step - 1.5;
            var zr = 0.0;
            var zi = 0.0;
            var i = 0;
            while (i < 50 && zr * zr + zi * zi <= 4.0) {
                var t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                i = i + 1;
            }
            if (i == 50) {
                inside = inside + 1;
            }
        }
    }
    return inside;
}
