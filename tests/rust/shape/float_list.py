# A list of floats built by appends is a Vec<f64> (typed lists are the
# default; the ownership pass finds it has one owner), lent to mean() as a
# slice, iterated with a Rust `for`, summed without copies.
def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)

samples = []
for i in range(10):
    samples.append(i * 0.5)
print(mean(samples), samples[-1], len(samples))
# CHECK: fn mean(xs: &[f64]) -> f64 {
# CHECK: for x in xs.iter().copied() {
# CHECK: py::fdiv(total, py::vec_len(xs) as f64)
# CHECK: let mut samples = Vec::<f64>::new();
# CHECK: samples.push(i as f64 * 0.5);
# CHECK: mean(&samples)
# CHECK-NOT: py::Obj
# CHECK-NOT: py::List
# CLONES-AT-MOST: 0
