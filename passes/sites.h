/* sites.h — list and dict allocation sites for typeinfer (sites.c): every
 * py.list (py.dict) instruction is a site whose element type (key and value
 * types) is learned from every value stored into any list (dict) it may be
 * (`xs = []` then `xs.append(1.5)` makes xs a list[float]).  Sites that meet (a join, a call, `b = a`) are unified
 * (union-find, Steensgaard style), so two views of one list never disagree.
 * A site whose list flows anywhere the typed list ops do not cover, or
 * whose elements are not of one type (a scalar, a tuple of scalars, another
 * list site, or a tuple of scalars and list sites), escapes: it is
 * `object`, and so are the sites nested in it and the sites it is nested in.
 *
 * In typeinfer's lattice a list value is LREF(site) and an iterator over one
 * IREF(site); both are resolved to IR types (list[T], iter[T]) only at the
 * end, once every site's element type is final.  A dict value, one of its
 * views (d.keys(), d.values(), d.items(): only ever iterated) and an
 * iterator over it are SITE_DICT refs, their kind in bits 24..27; they
 * resolve to dict[K,V], and iter[K], iter[V] or iter[tuple[K,V]].  A set
 * (py.set, set(...)) and an iterator over one are SITE_SET refs, their kind
 * in bits 24..27 as a dict's; they resolve to set[T] and iter[T].  A tuple
 * holding a list (`(k, xs)`, the items of a dict of lists) is a tuple type
 * whose parameters are lattice values until then. */
#ifndef PORTALIS_SITES_H
#define PORTALIS_SITES_H

#include "passes/passes.h"

#define SITE_LREF 0x80000000u
#define SITE_IREF 0x40000000u
#define SITE_DICT 0x20000000u
#define SITE_SET  0x10000000u

typedef struct Sites Sites;

Sites   *sites_new(IrModule *m);
void     sites_free(Sites *s);
/* Bumped on every unification, element change or escape: typeinfer
 * sweeps again until a whole round leaves it unchanged. */
uint64_t sites_epoch(const Sites *s);

/* A lattice value with its site replaced by the representative (object or
 * iter[object] once the site escaped); other values unchanged. */
uint32_t sites_canon(Sites *s, uint32_t x);
/* The join of two lattice values (canonical): sites unify; a site meeting
 * anything else escapes. */
uint32_t sites_join(Sites *s, uint32_t a, uint32_t b);
/* Makes every site among the operands escape (an op that takes no typed list). */
void     sites_escape_all(Sites *s, const uint32_t *a, uint32_t n);
/* The result of generic instruction i of function fi on canonical operand
 * values a, when a list site is involved (*handled set); may unify, join
 * element types or escape. */
uint32_t sites_transfer(Sites *s, uint32_t fi, InstId i, const uint32_t *a, uint32_t n, bool *handled);
/* When canonical value x is an IREF, the item of iterating over it (⊥
 * while the list's element type is unknown). */
bool     sites_iter_item(Sites *s, uint32_t x, uint32_t *item);
/* When canonical value x is an LREF, its elements' lattice value (⊥ while
 * nothing was stored into the list). */
bool     sites_list_elem(Sites *s, uint32_t x, uint32_t *elem);
/* When canonical value x is a dict, its keys' and values' lattice values. */
bool     sites_dict_kv(Sites *s, uint32_t x, uint32_t *key, uint32_t *val);
/* When canonical value x is a set, its items' lattice value. */
bool     sites_set_elem(Sites *s, uint32_t x, uint32_t *elem);
/* Non-generic instruction op takes the values a as they are (print, call,
 * ret, ...): a dict view, dict iterator or set iterator escapes there (it
 * is only ever iterated), except an iterator consumed by iter.next; a
 * tuple.new holds lists (a tuple of lattice values), but no dict or iterator. */
void     sites_take(Sites *s, IrOp op, const uint32_t *a, uint32_t n);
/* The instruction typeinfer is transferring: a site that escapes now
 * records it, for -Wdynamic. */
void     sites_at(Sites *s, uint32_t fi, InstId i);
/* When the site of instruction i of function fi escaped: where (the
 * instruction typeinfer was at then). */
bool     sites_escaped_at(Sites *s, uint32_t fi, InstId i, uint32_t *at_fi, InstId *at);
/* The IR type of a final lattice value: list[T] / iter[T] for a live site. */
uint32_t sites_final(Sites *s, uint32_t x);

#endif
