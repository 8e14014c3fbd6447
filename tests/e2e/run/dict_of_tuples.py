# Dicts whose values are tuples of scalars (dict[str,tuple[int,float]]):
# stored, read, unpacked, got with a tuple default, min() and max() of
# the values and of lists of tuples ordered as CPython orders tuples.
stock = {"widget": (1200, 2.5), "gadget": (35, 19.99), "gizmo": (7, 149.0)}

def restock(name, qty):
    count, price = stock.get(name, (0, 0.0))
    stock[name] = (count + qty, price)

restock("gizmo", 3)
restock("doohickey", 15)
for name in sorted(stock):
    qty, price = stock[name]
    print(f"{name:>10} {qty:05d} {price:8.2f}")
print(stock)
print(min(stock.values()), max(stock.values()))
print(sorted(stock.values()), ("gadget" in stock), stock["gizmo"][0])
best = [(3, "c"), (1, "z"), (1, "a")]
print(min(best), max(best))
pts = {"o": (0.0, 0.0)}
pts["p"] = (-0.0, 1e16)
print(pts, pts == {"o": (0.0, 0.0), "p": (0.0, 1e16)})
