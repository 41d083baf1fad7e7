-- A 10M-iteration while loop summing its counter (twin of loop_sum.ruff). The total, about 5e13,
-- is exact in a Lua 5.2 number (a double).
function run()
    local i = 0
    local total = 0
    while i < 10000000 do
        total = total + i
        i = i + 1
    end
    return total
end
