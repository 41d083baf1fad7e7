-- 1M iterations each reading two table fields and writing two (twin of struct_fields.ruff).
function run()
    local p = { x = 0, y = 0 }
    for i = 0, 999999 do
        p.x = p.x + i
        p.y = p.y + p.x % 7
    end
    return p.x + p.y
end
