// 1M method calls on an object (twin of method_calls.ruff): the method returns a value, the caller accumulates.
function Account(base) {
    this.base = base;
}

Account.prototype.add = function (k) {
    return this.base + k;
};

function run() {
    var acct = new Account(1);
    var total = 0;
    for (var i = 0; i < 1000000; i++) {
        total = total + acct.add(i);
    }
    return total;
}
