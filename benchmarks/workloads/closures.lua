-- map, filter and reduce with closures over 1M elements, then a captured counter closure called 1M
-- times (twin of closures.ruff). Lua has no map/filter/reduce in its standard library, so they are
-- written here as plain loops; range() builds an array (1-based) holding 0..n-1, as Ruff's range does.
local function range(n)
    local xs = {}
    for i = 0, n - 1 do
        xs[i + 1] = i
    end
    return xs
end

local function map(xs, fn)
    local out = {}
    for i = 1, #xs do
        out[i] = fn(xs[i])
    end
    return out
end

local function filter(xs, fn)
    local out = {}
    local k = 0
    for i = 1, #xs do
        local x = xs[i]
        if fn(x) then
            k = k + 1
            out[k] = x
        end
    end
    return out
end

local function reduce(xs, initial, fn)
    local acc = initial
    for i = 1, #xs do
        acc = fn(acc, xs[i])
    end
    return acc
end

local function make_counter(step)
    local count = 0
    return function()
        count = count + step
        return count
    end
end

function run()
    local n = 1000000
    local factor = 2
    local doubled = map(range(n), function(x) return x * factor end)
    local thirds = filter(doubled, function(x) return x % 3 == 0 end)
    local total = reduce(thirds, 0, function(acc, x) return acc + x end)
    local counter = make_counter(3)
    local last = 0
    for i = 0, n - 1 do
        last = counter()
    end
    return total + last
end
