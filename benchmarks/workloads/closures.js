// Array map, filter and reduce with closures over 1M elements, then a captured counter closure
// called 1M times (twin of closures.ruff). range() builds an array, as Ruff's range does.
function range(n) {
    var xs = [];
    for (var i = 0; i < n; i++) {
        xs.push(i);
    }
    return xs;
}

function makeCounter(step) {
    var count = 0;
    return function () {
        count = count + step;
        return count;
    };
}

function run() {
    var n = 1000000;
    var factor = 2;
    var doubled = range(n).map(function (x) { return x * factor; });
    var thirds = doubled.filter(function (x) { return x % 3 === 0; });
    var total = thirds.reduce(function (acc, x) { return acc + x; }, 0);
    var counter = makeCounter(3);
    var last = 0;
    for (var i = 0; i < n; i++) {
        last = counter();
    }
    return total + last;
}
