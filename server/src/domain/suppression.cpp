#include "domain/suppression.hpp"

#include <ClpSimplex.hpp>
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <queue>
#include <random>
#include <set>

namespace husly {
namespace {

bool too_small(int64_t count, int64_t threshold) {
    return count > 0 && count < threshold;
}

} // namespace

SuppressedTable suppress(const std::vector<int64_t>& parts, int64_t total, bool total_hidden,
                         int64_t threshold) {
    SuppressedTable table;
    table.total = total;
    if (total_hidden || too_small(total, threshold)) table.total.reset();
    std::vector<bool> hidden(parts.size(), !table.total.has_value() && !total_hidden);
    for (size_t i = 0; i < parts.size(); ++i)
        if (too_small(parts[i], threshold) || (total_hidden && parts[i] > 0)) hidden[i] = true;

    auto hidden_count = [&] {
        size_t count = 0;
        for (bool h : hidden) count += h ? 1 : 0;
        return count;
    };
    auto hidden_sum = [&] {
        int64_t sum = 0;
        for (size_t i = 0; i < parts.size(); ++i)
            if (hidden[i]) sum += parts[i];
        return sum;
    };
    // Whether the shown parts would give away what is hidden.
    auto recoverable = [&] {
        if (!table.total) return false; // every part is hidden already
        auto count = hidden_count();
        auto sum = hidden_sum();
        return count == 1 || too_small(sum, threshold);
    };
    while (recoverable()) {
        // The smallest part still shown that adds to the hidden sum (a 0 would not).
        std::optional<size_t> next;
        for (size_t i = 0; i < parts.size(); ++i)
            if (!hidden[i] && parts[i] > 0 && (!next || parts[i] < parts[*next])) next = i;
        if (!next) break;
        hidden[*next] = true;
    }
    table.parts.reserve(parts.size());
    for (size_t i = 0; i < parts.size(); ++i)
        table.parts.push_back(hidden[i] ? std::nullopt : std::optional<int64_t>(parts[i]));
    return table;
}

// ---- Linked tables -------------------------------------------------------------------------

namespace {

// Arithmetic modulo the Mersenne prime 2^61 − 1: exact, so a linear combination is found or not
// without rounding. (A combination that exists over the rationals exists here too.)
constexpr uint64_t modulus = (uint64_t{1} << 61) - 1;
__extension__ using Wide = unsigned __int128;

uint64_t mod_mul(uint64_t a, uint64_t b) {
    Wide product = static_cast<Wide>(a) * b;
    auto result = static_cast<uint64_t>(product & modulus) + static_cast<uint64_t>(product >> 61);
    while (result >= modulus) result -= modulus;
    return result;
}
uint64_t mod_sub(uint64_t a, uint64_t b) {
    return a >= b ? a - b : a + modulus - b;
}
uint64_t mod_neg(uint64_t a) {
    return a == 0 ? 0 : modulus - a;
}
uint64_t mod_inverse(uint64_t a) {
    uint64_t result = 1;
    uint64_t base = a;
    for (uint64_t exponent = modulus - 2; exponent > 0; exponent >>= 1) {
        if ((exponent & 1U) != 0) result = mod_mul(result, base);
        base = mod_mul(base, base);
    }
    return result;
}

struct Entry {
    uint32_t index{0};
    uint64_t value{0};
    auto operator<=>(const Entry&) const = default;
};
using Vec = std::vector<Entry>; // sorted by index, no zero values

uint64_t coefficient(const Vec& vec, uint32_t index) {
    auto it = std::lower_bound(vec.begin(), vec.end(), index,
                               [](const Entry& entry, uint32_t i) { return entry.index < i; });
    return it != vec.end() && it->index == index ? it->value : 0;
}

// x − a·y
Vec sub_scaled(const Vec& x, uint64_t a, const Vec& y) {
    Vec out;
    out.reserve(x.size() + y.size());
    size_t i = 0;
    size_t j = 0;
    while (i < x.size() || j < y.size()) {
        if (j == y.size() || (i < x.size() && x[i].index < y[j].index)) {
            out.push_back(x[i++]);
        } else if (i == x.size() || y[j].index < x[i].index) {
            if (auto value = mod_neg(mod_mul(a, y[j].value)); value != 0) out.push_back({y[j].index, value});
            ++j;
        } else {
            if (auto value = mod_sub(x[i].value, mod_mul(a, y[j].value)); value != 0)
                out.push_back({x[i].index, value});
            ++i;
            ++j;
        }
    }
    return out;
}

// Scaled so that its first coefficient is 1: two vectors are parallel when these are equal.
Vec normalized(Vec vec) {
    if (vec.empty() || vec.front().value == 1) return vec;
    auto inverse = mod_inverse(vec.front().value);
    for (auto& entry : vec) entry.value = mod_mul(entry.value, inverse);
    return vec;
}

// The variables are the cells and the relations' complements; each relation says
// value[total] = Σ value[parts] + value[complement] + offset, the offset known to the attacker.
struct Model {
    size_t cells{0};
    std::vector<int64_t> value;
    std::vector<int> rank_of; // per cell
    struct Relation {
        size_t total{0};
        std::vector<size_t> parts;
        std::optional<size_t> complement;
        int64_t offset{0};
    };
    std::vector<Relation> relations;
    std::vector<std::vector<size_t>> relations_of; // per variable
};

Model model_of(const LinkedTable& table) {
    Model model;
    model.cells = table.cells.size();
    for (const auto& cell : table.cells) {
        model.value.push_back(std::max<int64_t>(0, cell.value));
        model.rank_of.push_back(cell.rank);
    }
    for (const auto& relation : table.relations) {
        Model::Relation rel{relation.total, relation.parts, std::nullopt, 0};
        int64_t rest = model.value.at(relation.total);
        for (auto part : relation.parts) rest -= model.value.at(part);
        if (relation.complement && rest >= 0) {
            rel.complement = model.value.size();
            model.value.push_back(rest);
        } else {
            rel.offset = rest;
        }
        model.relations.push_back(std::move(rel));
    }
    model.relations_of.resize(model.value.size());
    for (size_t r = 0; r < model.relations.size(); ++r) {
        const auto& rel = model.relations[r];
        model.relations_of[rel.total].push_back(r);
        for (auto part : rel.parts) model.relations_of[part].push_back(r);
        if (rel.complement) model.relations_of[*rel.complement].push_back(r);
    }
    return model;
}

// Vectors in echelon form, each with its pivot: a vector reduces to zero exactly when it is a
// combination of them, and otherwise to the one representative with no entry at any pivot.
class Echelon {
public:
    explicit Echelon(size_t dimension) : m_order(dimension, -1), m_row(dimension) {}

    // Eliminates every pivot from `vec`, the earliest added first: a vector has no entry at the pivot
    // of any added before it, so an elimination never brings an earlier pivot back. Works in a dense
    // scratch row (few allocations: this is the hot loop).
    Vec reduce(const Vec& vec) {
        if (m_scratch.size() != m_order.size()) m_scratch.assign(m_order.size(), 0);
        std::vector<uint32_t> touched;
        std::priority_queue<std::pair<int, uint32_t>, std::vector<std::pair<int, uint32_t>>, std::greater<>>
            due;
        for (const auto& entry : vec) {
            m_scratch[entry.index] = entry.value;
            touched.push_back(entry.index);
            if (m_order[entry.index] >= 0) due.emplace(m_order[entry.index], entry.index);
        }
        while (!due.empty()) {
            auto pivot = due.top().second;
            due.pop();
            auto c = m_scratch[pivot];
            if (c == 0) continue;
            for (const auto& entry : m_row[pivot]) {
                auto& slot = m_scratch[entry.index];
                if (slot == 0) touched.push_back(entry.index);
                slot = mod_sub(slot, mod_mul(c, entry.value));
                if (slot != 0 && entry.index != pivot && m_order[entry.index] >= 0)
                    due.emplace(m_order[entry.index], entry.index);
            }
        }
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        Vec result;
        for (auto index : touched) {
            if (m_scratch[index] != 0) result.push_back({index, m_scratch[index]});
            m_scratch[index] = 0;
        }
        return result;
    }
    // `reduced` non-empty and reduced; scaled to 1 at `pivot`. Returns it as added.
    const Vec& add(Vec reduced, uint32_t pivot) {
        auto inverse = mod_inverse(coefficient(reduced, pivot));
        for (auto& entry : reduced) entry.value = mod_mul(entry.value, inverse);
        m_order[pivot] = m_added++;
        m_pivots.push_back(pivot);
        return m_row[pivot] = std::move(reduced);
    }
    bool is_pivot(uint32_t index) const { return m_order[index] >= 0; }
    const Vec& row(uint32_t pivot) const { return m_row[pivot]; }
    const std::vector<uint32_t>& pivots() const { return m_pivots; } // in the order added

private:
    std::vector<int> m_order;
    std::vector<Vec> m_row;
    std::vector<uint32_t> m_pivots;
    int m_added{0};
    std::vector<uint64_t> m_scratch; // all zero between calls
};

// Every variable as a combination of free "atoms": each relation solved for its pivot (its
// complement if it has one, else its total) in terms of the rest.
std::vector<Vec> atoms_of(const Model& model) {
    size_t count = model.value.size();
    Echelon relations(count);
    for (const auto& rel : model.relations) {
        std::map<uint32_t, uint64_t> terms;
        auto add = [&](size_t variable, uint64_t c) {
            auto& term = terms[static_cast<uint32_t>(variable)];
            term = (term + c) % modulus;
        };
        add(rel.total, 1);
        for (auto part : rel.parts) add(part, modulus - 1);
        if (rel.complement) add(*rel.complement, modulus - 1);
        Vec row;
        for (auto [index, value] : terms)
            if (value != 0) row.push_back({index, value});
        auto reduced = relations.reduce(row);
        if (reduced.empty()) continue; // follows from the relations before
        uint32_t pivot = reduced.front().index;
        if (rel.complement && coefficient(reduced, static_cast<uint32_t>(*rel.complement)) != 0)
            pivot = static_cast<uint32_t>(*rel.complement);
        else if (coefficient(reduced, static_cast<uint32_t>(rel.total)) != 0)
            pivot = static_cast<uint32_t>(rel.total);
        relations.add(std::move(reduced), pivot);
    }
    std::vector<uint32_t> atom(count, 0);
    uint32_t next = 0;
    for (size_t v = 0; v < count; ++v)
        if (!relations.is_pivot(static_cast<uint32_t>(v))) atom[v] = next++;
    std::vector<Vec> result(count);
    for (size_t v = 0; v < count; ++v)
        if (!relations.is_pivot(static_cast<uint32_t>(v))) result[v] = {{atom[v], 1}};
    // A pivot's row holds only later pivots: solve them last added first.
    const auto& pivots = relations.pivots();
    for (auto it = pivots.rbegin(); it != pivots.rend(); ++it) {
        Vec expression;
        for (const auto& entry : relations.row(*it))
            if (entry.index != *it) expression = sub_scaled(expression, entry.value, result[entry.index]);
        result[*it] = std::move(expression);
    }
    return result;
}

bool is_small(int64_t value, int64_t threshold) {
    return value > 0 && value < threshold;
}

// Which cells to publish, given the quantities to protect: cells in order of importance, each
// published unless it would make a protected one a combination of the published. Returns the
// span of what is published.
Echelon choose_published(const Model& model, const std::vector<Vec>& atoms, size_t atom_count,
                         const std::vector<size_t>& targets, const std::vector<bool>& is_target,
                         std::vector<bool>& published) {
    Echelon span(atom_count);
    std::vector<Vec> residual;
    std::map<Vec, int> keys;                              // the protected quantities' residuals, normalised
    std::vector<std::vector<size_t>> holders(atom_count); // which residuals may have an entry there
    auto hold = [&](size_t t) {
        for (const auto& entry : residual[t]) holders[entry.index].push_back(t);
    };
    for (auto target : targets) {
        residual.push_back(atoms[target]);
        ++keys[normalized(atoms[target])];
        hold(residual.size() - 1);
    }
    std::vector<size_t> order;
    for (size_t c = 0; c < model.cells; ++c)
        if (!is_target[c]) order.push_back(c);
    // Zeros first (always shown), then by rank and size.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        bool zero_a = model.value[a] == 0;
        bool zero_b = model.value[b] == 0;
        if (zero_a != zero_b) return zero_a;
        if (model.rank_of[a] != model.rank_of[b]) return model.rank_of[a] > model.rank_of[b];
        return model.value[a] > model.value[b];
    });
    for (auto cell : order) {
        auto reduced = span.reduce(atoms[cell]);
        if (reduced.empty()) {
            published[cell] = true; // already follows from what is shown
            continue;
        }
        if (model.value[cell] != 0 && keys.contains(normalized(reduced))) continue; // would give one away
        published[cell] = true;
        auto pivot = reduced.front().index;
        const auto& added = span.add(std::move(reduced), pivot);
        auto holding = std::move(holders[pivot]);
        holders[pivot].clear();
        for (auto t : holding) {
            auto& vec = residual[t];
            auto c = coefficient(vec, pivot);
            if (c == 0) continue;
            auto key = keys.find(normalized(vec));
            if (--key->second == 0) keys.erase(key);
            vec = sub_scaled(vec, c, added);
            ++keys[normalized(vec)];
            hold(t);
        }
    }
    return span;
}

// The attacker's linear programme: every variable within what the attacker knows (a shown or
// worked-out value exactly, «<5» as 1 to threshold − 1, «:» as at least threshold, a complement as at
// least 0) and every relation. The range it allows a quantity is what the attacker can say of it.
class AttackerProgramme {
public:
    // The programme of one group of unknown variables tied together by relations (`variables`);
    // the known ones are constants. `column` is scratch space, one entry per variable of the model.
    AttackerProgramme(const Model& model, const std::vector<bool>& known, const std::vector<bool>& published,
                      int64_t threshold, const std::vector<size_t>& variables, std::vector<int>& column)
        : m_model(model), m_column(column) {
        for (size_t i = 0; i < variables.size(); ++i) column[variables[i]] = static_cast<int>(i);
        std::map<size_t, int> row_of; // the relations touching the group, numbered
        for (auto v : variables)
            for (auto r : model.relations_of[v]) row_of.emplace(r, 0);
        int next_row = 0;
        std::vector<double> rhs;
        for (auto& [r, row] : row_of) {
            row = next_row++;
            // total − Σ parts − complement = offset, the known ones moved to the right.
            const auto& rel = model.relations[r];
            auto right = static_cast<double>(rel.offset);
            auto move = [&](size_t v, double sign) {
                if (known[v]) right -= sign * static_cast<double>(model.value[v]);
            };
            move(rel.total, 1.0);
            for (auto part : rel.parts) move(part, -1.0);
            if (rel.complement) move(*rel.complement, -1.0);
            rhs.push_back(right);
        }
        auto count = static_cast<int>(variables.size());
        std::vector<double> low(count, 0.0), high(count, COIN_DBL_MAX), objective(count, 0.0);
        std::vector<CoinBigIndex> start{0};
        std::vector<int> row;
        std::vector<double> element;
        for (size_t i = 0; i < variables.size(); ++i) {
            auto v = variables[i];
            if (v < model.cells && !published[v]) {
                bool small = is_small(model.value[v], threshold);
                low[i] = small ? 1.0 : static_cast<double>(threshold);
                high[i] = small ? static_cast<double>(threshold - 1) : COIN_DBL_MAX;
            }
            for (auto r : model.relations_of[v]) {
                row.push_back(row_of.at(r));
                element.push_back(model.relations[r].total == v ? 1.0 : -1.0);
            }
            start.push_back(static_cast<CoinBigIndex>(row.size()));
        }
        m_lp.setLogLevel(0);
        m_lp.loadProblem(count, next_row, start.data(), row.data(), element.data(), low.data(), high.data(),
                         objective.data(), rhs.data(), rhs.data());
    }

    // Whether the attacker can pin the sum of these variables to its true value: the least and the
    // most the programme allows are both less than 1 from it. Solutions met on the way clear other
    // quantities in `pending` (those that take a value 1 or more away from theirs).
    bool pinned(const std::vector<size_t>& quantity, std::vector<std::vector<size_t>>& pending) {
        int64_t truth = 0;
        for (auto v : quantity) truth += m_model.value[v];
        for (const auto& v : m_objective) m_lp.setObjectiveCoefficient(m_column[v], 0.0);
        m_objective = quantity;
        for (auto v : quantity) m_lp.setObjectiveCoefficient(m_column[v], 1.0);
        for (double direction : {1.0, -1.0}) {
            m_lp.setOptimizationDirection(direction);
            m_lp.primal();
            if (m_lp.isProvenPrimalInfeasible()) return true; // cannot happen with true values; be safe
            if (!m_lp.isProvenOptimal()) return false;        // unbounded: nothing to pin
            clear_settled(pending);
            auto extreme = sum_of(quantity);
            if (direction > 0 && extreme <= static_cast<double>(truth) - 1 + tolerance) return false;
            if (direction < 0 && extreme >= static_cast<double>(truth) + 1 - tolerance) return false;
        }
        return true;
    }

    // Clears from `pending` what a few vertices of the programme already move by 1 or more: the
    // most and the least of all of them together, and of random mixes (most settle here, cheaply).
    void screen(std::vector<std::vector<size_t>>& pending) {
        std::mt19937 random(20261206);
        for (int round = 0; round < 6 && !pending.empty(); ++round) {
            for (const auto& v : m_objective) m_lp.setObjectiveCoefficient(m_column[v], 0.0);
            m_objective.clear();
            for (const auto& quantity : pending)
                for (auto v : quantity) {
                    double weight = round < 2 ? 1.0 : (random() % 2 == 0 ? 1.0 : -1.0);
                    m_lp.setObjectiveCoefficient(m_column[v], weight);
                    m_objective.push_back(v);
                }
            m_lp.setOptimizationDirection(round % 2 == 0 ? 1.0 : -1.0);
            m_lp.primal();
            if (m_lp.isProvenOptimal()) clear_settled(pending);
        }
    }

private:
    static constexpr double tolerance = 1e-6;

    double sum_of(const std::vector<size_t>& quantity) const {
        const double* solution = m_lp.getColSolution();
        double sum = 0;
        for (auto v : quantity) sum += solution[m_column[v]];
        return sum;
    }

    void clear_settled(std::vector<std::vector<size_t>>& pending) const {
        std::erase_if(pending, [&](const std::vector<size_t>& quantity) {
            int64_t truth = 0;
            for (auto v : quantity) truth += m_model.value[v];
            return std::abs(sum_of(quantity) - static_cast<double>(truth)) >= 1 - tolerance;
        });
    }

    const Model& m_model;
    const std::vector<int>& m_column;
    ClpSimplex m_lp;
    std::vector<size_t> m_objective;
};

} // namespace

std::vector<CellStatus> suppress_linked(const LinkedTable& table, int64_t threshold) {
    auto model = model_of(table);
    auto atoms = atoms_of(model);
    size_t count = model.value.size();
    size_t atom_count = 0;
    for (const auto& vec : atoms)
        for (const auto& entry : vec) atom_count = std::max<size_t>(atom_count, entry.index + 1);

    // Protected: small cells, small complements, and cells hidden to protect one of them.
    std::vector<bool> is_target(count, false);
    for (size_t v = 0; v < count; ++v) is_target[v] = is_small(model.value[v], threshold);

    std::vector<bool> published(model.cells, false);
    for (size_t round = 0; round <= model.cells; ++round) {
        std::vector<size_t> targets;
        for (size_t v = 0; v < count; ++v)
            if (is_target[v]) targets.push_back(v);
        std::fill(published.begin(), published.end(), false);
        auto span = choose_published(model, atoms, atom_count, targets, is_target, published);
        std::vector<bool> known(count, false);
        for (size_t v = 0; v < count; ++v) known[v] = span.reduce(atoms[v]).empty();

        // The smallest shown non-zero cell among these relations' cells (parts before totals).
        auto cheapest_in = [&](const std::vector<size_t>& relations) -> std::optional<size_t> {
            std::optional<size_t> best;
            auto consider = [&](size_t cell) {
                if (!published[cell] || model.value[cell] == 0) return;
                if (!best || model.value[cell] < model.value[*best] ||
                    (model.value[cell] == model.value[*best] && model.rank_of[cell] < model.rank_of[*best]))
                    best = cell;
            };
            for (auto r : relations)
                for (auto part : model.relations[r].parts) consider(part);
            if (!best)
                for (auto r : relations) consider(model.relations[r].total);
            return best;
        };
        // Hide the cheapest shown cell near `relations`, widening the circle until there is one.
        std::set<size_t> to_hide;
        auto hide_near = [&](std::vector<size_t> relations) {
            std::set<size_t> seen(relations.begin(), relations.end());
            while (!relations.empty()) {
                if (auto cell = cheapest_in(relations)) {
                    to_hide.insert(*cell);
                    return;
                }
                std::vector<size_t> wider;
                for (auto r : relations) {
                    const auto& rel = model.relations[r];
                    std::vector<size_t> members = rel.parts;
                    members.push_back(rel.total);
                    for (auto m : members)
                        for (auto next : model.relations_of[m])
                            if (seen.insert(next).second) wider.push_back(next);
                }
                relations = std::move(wider);
            }
        };

        // A relation whose total is known: its hidden members together are known too.
        std::vector<std::pair<size_t, std::vector<size_t>>> groups; // small groups behind a hidden total
        for (size_t r = 0; r < model.relations.size(); ++r) {
            const auto& rel = model.relations[r];
            std::vector<size_t> unknown;
            int64_t group = 0;
            for (auto part : rel.parts)
                if (!known[part]) unknown.push_back(part), group += model.value[part];
            if (rel.complement && !known[*rel.complement])
                unknown.push_back(*rel.complement), group += model.value[*rel.complement];
            if (unknown.empty() || !is_small(group, threshold)) continue;
            if (!known[rel.total]) {
                groups.emplace_back(r, std::move(unknown));
                continue;
            }
            if (auto cell = cheapest_in({r}))
                to_hide.insert(*cell);
            else if (!is_target[rel.total])
                to_hide.insert(rel.total); // hidden but worked out: protect it too
        }

        // What the attacker's bounds pin down (a «<5» is at most 4, a «:» at least 5, …).
        // Solved group by group: the unknowns tied together by relations (a county's hidden cells).
        std::vector<size_t> parent(count);
        for (size_t v = 0; v < count; ++v) parent[v] = v;
        std::function<size_t(size_t)> root = [&](size_t v) {
            return parent[v] == v ? v : parent[v] = root(parent[v]);
        };
        for (const auto& rel : model.relations) {
            std::optional<size_t> first;
            auto join = [&](size_t v) {
                if (known[v]) return;
                if (first)
                    parent[root(v)] = root(*first);
                else
                    first = v;
            };
            join(rel.total);
            for (auto part : rel.parts) join(part);
            if (rel.complement) join(*rel.complement);
        }
        std::map<size_t, std::vector<std::vector<size_t>>> quantities; // by group
        for (auto target : targets)
            if (!known[target])
                quantities[root(target)].push_back({target});
            else
                hide_near(model.relations_of[target]); // worked out exactly (cannot happen)
        for (const auto& group : groups) quantities[root(group.second.front())].push_back(group.second);
        std::map<size_t, std::vector<size_t>> members;
        for (size_t v = 0; v < count; ++v)
            if (!known[v] && quantities.contains(root(v))) members[root(v)].push_back(v);
        std::vector<int> column(count, -1);
        for (auto& [group_root, pending] : quantities) {
            AttackerProgramme attacker(model, known, published, threshold, members[group_root], column);
            attacker.screen(pending);
            while (!pending.empty()) {
                auto quantity = pending.back();
                pending.pop_back();
                if (!attacker.pinned(quantity, pending)) continue;
                if (quantity.size() == 1) {
                    hide_near(model.relations_of[quantity.front()]);
                    continue;
                }
                for (const auto& [r, group_members] : groups)
                    if (group_members == quantity) hide_near({r});
            }
        }

        bool grew = false;
        for (auto cell : to_hide)
            if (!is_target[cell]) is_target[cell] = grew = true;
        if (!grew) break;
    }

    std::vector<CellStatus> status(model.cells, CellStatus::shown);
    for (size_t c = 0; c < model.cells; ++c)
        if (!published[c])
            status[c] = is_small(model.value[c], threshold) ? CellStatus::small : CellStatus::secondary;
    return status;
}

} // namespace husly
