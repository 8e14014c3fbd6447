# str.format with keyword fields, nested specs and mixed numbering.
row = "{name:<8}|{qty:>4}|{price:>{w}.2f}"
for name, qty, price in [("apple", 3, 0.5), ("kiwi", 12, 0.25)]:
    print(row.format(name=name, qty=qty, price=price, w=7))
print("{} + {} = {total}".format(1, 2, total=3), "{0}{x}{0}".format("|", x="-"))
print("{greeting}, {who!r}".format(greeting="hi", who="you"))
print("{missing}".format(present=1))
