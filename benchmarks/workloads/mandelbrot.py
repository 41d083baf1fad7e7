"""Mandelbrot set membership on a 250 x 250 grid over [-1.5, 0.5] x [-1, 1], at most 50 iterations per point."""


def run():
    size = 250
    step = 2.0 / size
    inside = 0
    for y in range(size):
        ci = y * step - 1.0
        for x in range(size):
            cr = x * step - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < 50 and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i = i + 1
            if i == 50:
                inside = inside + 1
    return inside


if __name__ == "__main__":
    print(run())
