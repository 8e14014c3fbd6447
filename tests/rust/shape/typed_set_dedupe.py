# Deduplicating with a typed set: a py::SetRef<i64> and one runtime call per
# operation, no dynamic objects.
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    print(dedupe(xs), len(set(xs)))
    s = {x % 4 for x in xs}
    print(s, sorted(s | {7, 8}))


main()
# CHECK: fn dedupe(xs: &[i64]) -> Vec<i64> {
# CHECK: let seen = py::set_new::<i64>(vec![]);
# CHECK: if !py::set_contains(&seen, &x) {
# CHECK: py::set_add(&seen, x);
# CHECK: py::set_len(&py::set_from(xs.iter().cloned()))
# CHECK: py::set_add(&s, py::modulo(x, 4));
# CHECK: py::set_sorted(&py::set_bitor(&s, &py::set_new(vec![7_i64, 8_i64])))
# CHECK-NOT: py::Obj
# CLONES-AT-MOST: 0
