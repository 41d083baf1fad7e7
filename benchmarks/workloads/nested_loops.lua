-- Nested loops over 1000 x 1000 (twin of nested_loops.ruff; numeric for loops over 0..999).
function run()
    local total = 0
    for i = 0, 999 do
        for j = 0, 999 do
            total = total + (i * j) % 7
        end
    end
    return total
end
