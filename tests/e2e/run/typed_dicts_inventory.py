# Typed dicts of every scalar value type: methods, aliasing through a
# call, equality, printing with CPython's reprs.
def restock(inv, item, n):
    inv[item] = inv.get(item, 0) + n


def main():
    inv = {"apple": 3, "pear": 0}
    alias = inv
    restock(alias, "plum", 4)
    restock(inv, "apple", 2)
    print(inv)
    prices = {"apple": 0.5, "pear": 1.25, "plum": 2.0}
    total = 0.0
    for name, qty in inv.items():
        total += prices[name] * qty
    print(f"total {total:.2f}", prices)
    print(inv.pop("pear"), inv.pop("kiwi", -1), inv)
    print(inv.setdefault("fig", 7), inv.setdefault("apple", 100), inv)
    del inv["fig"]
    backup = inv.copy()
    inv.clear()
    print(inv, backup, len(backup))
    if not inv:
        print("empty")
    inv.update(backup)
    inv.update(inv)
    print(inv == backup, inv != backup)
    flags = {1: True, 2: False}
    flags[3] = True
    print(flags, str(flags), repr(flags), f"{flags}")
    names = {10: "ten", 20: "it's", 30: 'say "hi"', -1: "tab\there"}
    print(names)
    none_vals = {True: None, False: None}
    none_vals[True] = None
    print(none_vals, True in none_vals)
    empty = {}
    print(empty, len(empty))
    order = {"b": 1, "a": 2}
    order["c"] = 3
    del order["b"]
    order["b"] = 4
    print(order, list(order.keys()), sorted(order.values()), list(order.values()))
    for k in order.keys():
        order[k] = order[k] * 10
    print(order)
    nothing = {None: 1.5}
    print(nothing, nothing[None])


main()
