-- Pushes 200k pseudo-random ints (a linear congruential generator) and sorts them with table.sort
-- (twin of sort_ints.ruff). Lua 5.2 numbers are doubles and x * 1103515245 reaches 2^61, past what
-- a double holds exactly, so the multiplier is split into its high and low 16 bits; every partial
-- product stays below 2^53 and the result is the same sequence as the 64-bit
-- (x * 1103515245 + 12345) % 2147483648 of the Ruff and Python versions.
local A_HIGH = 16838 -- 1103515245 // 65536
local A_LOW = 20077  -- 1103515245 % 65536

function run()
    local xs = {}
    local x = 42
    for i = 1, 200000 do
        x = ((x * A_HIGH % 32768) * 65536 + x * A_LOW + 12345) % 2147483648
        xs[i] = x
    end
    table.sort(xs)
    return xs[1] + xs[100001] + xs[200000]
end
