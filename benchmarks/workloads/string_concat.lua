-- Builds a string by 100k concatenations of short pieces (twin of string_concat.ruff).
function run()
    local pieces = { "a", "bc", "def", "g" }
    local s = ""
    for i = 0, 99999 do
        s = s .. pieces[i % 4 + 1]
    end
    return #s
end
