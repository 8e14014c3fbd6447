# A list of floats built by appends is a typed Vec<f64> (-ftyped-lists is
# the default), iterated with a Rust `for`, summed without copies.
def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)

samples = []
for i in range(10):
    samples.append(i * 0.5)
print(mean(samples), samples[-1], len(samples))
# CHECK: fn mean(xs: py::List<f64>) -> f64 {
# CHECK: for x in py::list_iter(&xs) {
# CHECK: let samples = py::list::<f64>(vec![]);
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 1
