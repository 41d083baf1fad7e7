-- Writes 200k int keys into a table, then reads every one back (twin of dict_ops.ruff). A Lua table
-- keeps no count of its keys (# is a border of the array part, not the size), so the size that Ruff's
-- len(d) and Python's len(d) return is counted with pairs(): 200k more steps than the other twins take.
function run()
    local n = 200000
    local d = {}
    for i = 0, n - 1 do
        d[i] = i * 2
    end
    local total = 0
    for i = 0, n - 1 do
        total = total + d[i]
    end
    local size = 0
    for _ in pairs(d) do
        size = size + 1
    end
    return total + size
end
