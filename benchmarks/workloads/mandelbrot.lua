-- Mandelbrot set membership on a 250 x 250 grid (twin of mandelbrot.ruff; numeric for loops over 0..249).
function run()
    local size = 250
    local step = 2.0 / size
    local inside = 0
    for y = 0, size - 1 do
        local ci = y * step - 1.0
        for x = 0, size - 1 do
            local cr = x * step - 1.5
            local zr = 0.0
            local zi = 0.0
            local i = 0
            while i < 50 and zr * zr + zi * zi <= 4.0 do
                local t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i = i + 1
            end
            if i == 50 then
                inside = inside + 1
            end
        end
    end
    return inside
end
