-- 1M method calls on an object (twin of method_calls.ruff): a metatable-based class whose method
-- returns a value, the caller accumulates.
local Account = {}
Account.__index = Account

function Account.new(base)
    return setmetatable({ base = base }, Account)
end

function Account:add(k)
    return self.base + k
end

function run()
    local acct = Account.new(1)
    local total = 0
    for i = 0, 999999 do
        total = total + acct:add(i)
    end
    return total
end
