# Dicts whose values are lists (dict[str,list[str]]): adjacency lists
# built with setdefault and with d[k] = [], changed through d[k].append,
# and the lists stay shared with any name bound to them.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)
for node in sorted(graph):
    print(node, sorted(graph[node]), len(graph[node]))
for nbs in graph.values():
    nbs.sort(reverse=True)
print(graph)

def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen

print(bfs("a"), bfs("d"))

groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    k = w[0]
    if k not in groups:
        groups[k] = []
    groups[k].append(w)
first = groups["a"]
first.append("apricot")
print(groups, len(groups["a"]), groups["a"] == first)
print("a" in groups, "z" in groups, groups.get("z", []))
lens = {k: len(v) for k, v in groups.items()}
print(lens)

scores = {"x": [1, 2], "y": []}
scores["y"].append(5)
scores["x"][0] = 10
print(scores, scores == {"x": [10, 2], "y": [5]}, sum(scores["x"]))

# the items of a dict of lists, sorted: a list of (key, list) tuples whose
# lists are the dict's own
adj = {"b": ["c"], "a": ["b", "c"], "c": []}
ordered = sorted(adj.items())
print(ordered)
for node, nbs in ordered:
    nbs.append(node)
print(adj, len(ordered), ordered[0][1] is adj["a"])
# a list that would hold itself through a tuple stays dynamic
loop = []
loop.append((1, loop))
print(len(loop), loop[0][0])
