// Grouping: mentions into entities — a person by the fullest name of the same surname or first name, a
// known spelling by its canonical, a value by its normalised value — title references bound to the one
// person introduced with that title, and the entities built in order of first mention.
#include <algorithm>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// A person's full name as a grouping key. A name of two one-token words is keyed without its order, so
// East Asian names written in both orders are one person ("Murakami Haruki", "Haruki Murakami").
std::uint64_t CandidateState::full_name_key(std::uint32_t b, std::uint32_t e) const {
  if (e - b == 2 && toks[b + 1].has(kSpaceBefore)) {
    const std::uint64_t x = hn(b), y = hn(b + 1);
    return name_key_step(name_key_step(kNameKeySeed, x < y ? x : y, 0), x < y ? y : x, 1);
  }
  return name_hash(b, e);
}

// Aliases map a surface to its canonical name.
std::uint64_t CandidateState::person_key(std::size_t q) const {
  const Cand& c = cands[q];
  if (c.ref >= 0) return full_name_key(cands[c.ref].b, cands[c.ref].e);
  // A surname (in any of its spellings) alone or after the same first name is the article's full name
  // with that surname, before any alias key.
  auto it = surnames.find(surname_of(c));
  if (it != surnames.end() && it->second >= 0) {
    const Cand& full = cands[static_cast<std::size_t>(it->second)];
    // A different first name is a different person.
    // A full name spelt as a variant of an earlier one (variants.cc) is keyed by that earlier one.
    const Cand& first = full.ref >= 0 ? cands[static_cast<std::size_t>(full.ref)] : full;
    if (one_word(c) || firstname_of(full) == firstname_of(c)) return full_name_key(first.b, first.e);
  }
  if (c.canon_key) return c.canon_key;
  return full_name_key(c.b, c.e);
}

// A word of a body's name as a grouping key: "Ministry" and "Department" are one head-word (kMinistryHead),
// so "the Ministry of Health" and "the Department of Health" are one body.
std::uint64_t CandidateState::org_word_hash(std::uint32_t k) const {
  static const std::uint64_t kMinistry = fold_hash("ministry");
  return (cls[k] & kOrgHead) && val[k] == kMinistryHead ? kMinistry : h[k];
}

std::uint64_t CandidateState::org_words_hash(std::uint32_t b, std::uint32_t e) const {
  std::uint64_t x = kNameKeySeed;
  for (std::uint32_t k = b; k < e; ++k) x = name_key_step(x, org_word_hash(k), k - b);
  return x;
}

// An organisation's own key: its canonical's, else its words' — a company's without its legal form
// ("Harwick Mutual Inc." is "Harwick Mutual"), and a body named after a place with the place's canonical
// name ("UK Government" is "United Kingdom Government", "U.S. Navy" is "US Navy").
std::uint64_t CandidateState::org_own_key(const Cand& c) const {
  if (c.canon_key) return c.canon_key;
  static const std::uint64_t kThe = fold_hash("the");
  const std::uint32_t e = without_legal_form(c.b, c.e);
  const std::uint32_t b = c.b + (h[c.b] == kThe && e - c.b > 1);  // "The Harwick Post" is "Harwick Post"
  const Hit& m = match(b);
  if (m.entry < 0 || m.end <= b || m.end >= e) return org_words_hash(b, e);
  const GazEntry& g = M.entry(m.entry);
  if (g.label != Label::kGpe || g.demonym) return org_words_hash(b, e);
  std::uint64_t x = g.canon_key ? g.canon_key : seq_hash(b, m.end);
  for (std::uint32_t k = m.end; k < e; ++k) x = name_key_step(x, org_word_hash(k), 64 + k - m.end);
  return x;
}

// A body's short form: an organisation whose words open a longer organisation's name ("Xinhua" of
// "Xinhua News Agency", "the Supreme State Council" of "... of Libya"), or close it after "the" ("the
// Audit Committee" of "Joint Audit Committee"), is that body when one body of the article has that
// opening or closing. Returns the key of each organisation mention (0 for the others). Each name adds
// its prefixes and suffixes once (names of at most twelve tokens): linear in the mentions.
std::vector<std::uint64_t> CandidateState::org_keys() const {
  std::vector<std::uint64_t> key(cands.size(), 0);
  auto own_key = [&](const Cand& c) { return org_own_key(c); };
  constexpr std::uint32_t kAmbiguous = UINT32_MAX;
  FlatMap heads(64), tails(64);  // prefix / suffix hash -> cand index of the full name + 1
  auto note = [&](FlatMap& m, std::uint64_t k, std::size_t q) {
    auto [slot, inserted] = m.insert(k, static_cast<std::uint32_t>(q + 1));
    if (!inserted && *slot != kAmbiguous && own_key(cands[*slot - 1]) != own_key(cands[q])) *slot = kAmbiguous;
  };
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    // A short form is short: names of more than twelve tokens give no openings (and stay linear).
    if (c.kind != Kind::kName || c.label != Label::kOrg || one_word(c) || c.e - c.b > 12) continue;
    for (std::uint32_t k = c.b + 1; k < c.e; ++k) {
      if (!toks[k].has(kSpaceBefore)) continue;  // whole words
      if (is_cap(k - 1)) note(heads, seq_hash(c.b, k), q);  // an opening that ends on a capital
      // A closing that starts on one, and is no complete name of its own ("Bank of Canada" in "Royal Bank
      // of Canada" names another bank; "Audit Committee" in "Joint Audit Committee" the same body).
      bool connector = false;
      for (std::uint32_t j = k; j < c.e && !connector; ++j) connector = !toks[j].has(kUpperInitial) && toks[j].has(kWord);
      if (is_cap(k) && !connector) note(tails, seq_hash(k, c.e), q);
    }
  }
  static const std::uint64_t kThe = fold_hash("the");
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if (c.kind != Kind::kName || c.label != Label::kOrg) continue;
    key[q] = own_key(c);
    const std::uint64_t sh = seq_hash(c.b, c.e);
    const std::uint32_t* full = heads.find(sh);
    const bool after_the = c.b > 0 && same_para(c.b - 1, c.b) && h[c.b - 1] == kThe && !toks[c.b - 1].has(kUpperInitial);
    if (!(full && *full != kAmbiguous) && after_the) {
      full = tails.find(sh);
      if (full && *full != kAmbiguous && !short_form_of_whole(c, cands[*full - 1])) full = nullptr;
    }
    if (full && *full != kAmbiguous) key[q] = own_key(cands[*full - 1]);
  }
  link_reordered_names(&key);
  link_acronym_forms(key);  // "Wales TUC" of "Wales Trades Union Congress" (acronym_forms.cc)
  return key;
}

// A closing that is a known name of its own is no short form of a longer known name ("the House" is no
// "White House"), while it is one of an unknown body's name ("the Foreign Ministry" of "Norland Foreign
// Ministry").
bool CandidateState::short_form_of_whole(const Cand& tail, const Cand& whole) const {
  const Hit& own = match(tail.b);
  if (own.entry < 0 || own.end != tail.e) return true;
  const Hit& other = match(whole.b);
  return !(other.entry >= 0 && other.end == whole.e);
}

// The words of a body's name in any order, in any case, without its connectors, "and" and ampersands,
// when it has two words or more: a sum of mixed word hashes, which does not see the order (0 for a shorter name).
std::uint64_t CandidateState::org_bag_hash(const Cand& c) const {
  static const std::uint64_t kAnd = fold_hash("and");
  std::uint64_t sum = 0, count = 0;
  for (std::uint32_t k = c.b; k < c.e; ++k) {
    if (!toks[k].has(kWord) || (cls[k] & kConnector) || h[k] == kAnd) continue;
    const std::uint64_t x = org_word_hash(k) * 0x9E3779B97F4A7C15ull;
    sum += x ^ (x >> 29);
    ++count;
  }
  return count >= 2 ? name_key_step(kNameKeySeed ^ sum, count, 0) : 0;
}

// The same words in another order name the same body: "Anshan Thermal Energy Institute" after "Anshan
// Institute of Thermal Energy", "Health and Human Services" after "Health & Human Services". A later
// name takes the key of the first body written with its words.
void CandidateState::link_reordered_names(std::vector<std::uint64_t>* key) const {
  FlatMap first(64);  // bag hash -> the first body's key, as a cand index + 1
  for (std::size_t q = 0; q < cands.size(); ++q) {
    const Cand& c = cands[q];
    if ((*key)[q] == 0 || c.kind != Kind::kName || c.label != Label::kOrg || c.e - c.b > 12) continue;
    const std::uint64_t bag = org_bag_hash(c);
    if (bag == 0) continue;
    auto [slot, inserted] = first.insert(bag, static_cast<std::uint32_t>(q + 1));
    if (!inserted) (*key)[q] = (*key)[*slot - 1];
  }
}

// A nationality and its plural are one group: "Russian" and "Russians", "Afghan" and "Afghans"; so are
// its spellings with a hyphen and a space ("Asian-Americans", "Asian Americans").
std::uint64_t CandidateState::norp_key(const Cand& c) const {
  std::string s(span_text(c.b, c.e));
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  std::replace(s.begin(), s.end(), '-', ' ');
  return fold_hash(s);
}

void CandidateState::group_mentions() {
  const std::vector<std::uint64_t> org_key = org_keys();
  FlatMap by_key(cands.size() + 16);
  auto group_for = [&](Label label, std::uint64_t key) -> std::size_t {
    key = key * 31 + static_cast<std::uint64_t>(label) + 1;
    auto [slot, inserted] = by_key.insert(key, static_cast<std::uint32_t>(groups.size()));
    if (inserted) groups.push_back(Group{label, {}, {}, {}});
    return *slot;
  };
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind == Kind::kPending || c.kind == Kind::kTitleRef) continue;
    std::size_t g;
    if (c.label == Label::kPerson) {
      g = group_for(Label::kPerson, person_key(q));
      if (!c.title.empty()) {
        auto& ts = groups[g].titles;
        if (std::find(ts.begin(), ts.end(), c.title) == ts.end()) ts.push_back(c.title);
        auto add_idx = [&](std::unordered_map<std::string, std::vector<std::size_t>>& idx, const std::string& key) {
          auto& v = idx[key];
          if (std::find(v.begin(), v.end(), g) == v.end()) v.push_back(g);
        };
        add_idx(title_index, c.title_key);
        std::string country = c.title_key.substr(0, c.title_key.find('|'));
        // The head of a title: its last title word ("foreign minister" -> "minister").
        std::string head = c.title_head;
        std::size_t sp = head.rfind(' ');
        std::string last = sp == std::string::npos ? head : head.substr(sp + 1);
        add_idx(title_index, "|" + c.title_head);
        add_idx(head_index, country + "|" + last);
        if (last == "president" || last == "minister" || last == "chancellor" || last == "king" || last == "premier")
          if (head == "president" || head == "prime minister" || head == "chancellor" || head == "king" || head == "premier")
            add_idx(head_index, country + "|leader");
      }
    } else if (c.kind == Kind::kValue) {
      g = group_for(c.label, c.value.empty() ? seq_hash(c.b, c.e) : fold_hash(c.value));
    } else if (c.label == Label::kOrg) {
      g = group_for(c.label, org_key[q]);
      if (!c.canonical.empty() && groups[g].name.empty()) groups[g].name = c.canonical;
    } else if (c.label == Label::kNorp) {
      g = group_for(c.label, norp_key(c));
    } else {
      g = group_for(c.label, c.canon_key ? c.canon_key : seq_hash(c.b, c.e));
      if (!c.canonical.empty()) groups[g].name = c.canonical;
    }
    groups[g].cands.push_back(q);
  }
}

// Title references bound to the one person introduced with that title.
void CandidateState::bind_title_refs() {
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.kind != Kind::kTitleRef) continue;
    const std::vector<std::size_t>* found = nullptr;
    auto it = title_index.find(c.title_key);
    if (it != title_index.end() && it->second.size() == 1) found = &it->second;
    if (!found) {
      std::string country = c.title_key.substr(0, c.title_key.find('|'));
      std::string head = c.title_head;
      std::size_t sp = head.rfind(' ');
      std::string last = sp == std::string::npos ? head : head.substr(sp + 1);
      auto it2 = head_index.find(country + "|" + last);
      if (!country.empty() && it2 != head_index.end() && it2->second.size() == 1) found = &it2->second;
    }
    if (found) groups[(*found)[0]].cands.push_back(q);
  }
}

// The entities, ordered by first mention.
void CandidateState::build_entities() {
  for (auto& g : groups) std::sort(g.cands.begin(), g.cands.end(), [&](std::size_t a, std::size_t b) {
    return cands[a].bb < cands[b].bb;
  });
  std::vector<std::size_t> order;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].cands.empty()) order.push_back(g);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cands[groups[a].cands[0]].bb < cands[groups[b].cands[0]].bb;
  });
  doc.entities.clear();
  doc.entities.reserve(order.size());
  ctx.entity_genders.clear();
  for (std::size_t g : order) {
    Group& gr = groups[g];
    Entity ent;
    ent.id = "E" + std::to_string(doc.entities.size() + 1);
    ent.label = gr.label;
    std::string longest;
    std::vector<std::string> aliases, kinds, values, mods, inferred;
    bool any_name = false;
    std::int64_t last_end = -1;
    const Gender gender = gender_of(gr);
    for (std::size_t q : gr.cands) {
      const Cand& c = cands[q];
      if (static_cast<std::int64_t>(c.bb) < last_end) continue;  // overlapping duplicates
      ent.mentions.push_back(Mention{c.bb, c.eb});
      last_end = c.eb;
      std::string surf(text.substr(c.bb, c.eb - c.bb));
      kinds.push_back(c.kind == Kind::kTitleRef ? "title" : "name");
      if (c.kind != Kind::kTitleRef) {
        any_name = true;
        if (surf.size() > longest.size()) longest = surf;
        if (std::find(aliases.begin(), aliases.end(), surf) == aliases.end()) aliases.push_back(surf);
      }
      if (!c.value.empty() && std::find(values.begin(), values.end(), c.value) == values.end())
        values.push_back(c.value);
      if (!c.modifier.empty() && std::find(mods.begin(), mods.end(), c.modifier) == mods.end())
        mods.push_back(c.modifier);
      if (!c.inferred.empty() && std::find(inferred.begin(), inferred.end(), c.inferred) == inferred.end())
        inferred.push_back(c.inferred);
    }
    if (!any_name) continue;  // a title nobody was introduced with
    ent.id = "E" + std::to_string(doc.entities.size() + 1);
    ent.name = gr.name.empty() ? longest : gr.name;
    if (ent.label == Label::kNorp) ent.name = longest;
    if (!gr.titles.empty()) ent.attributes["titles"] = gr.titles;
    if (gender != Gender::kUnknown) ent.attributes["gender"] = {gender == Gender::kFemale ? "female" : "male"};
    if (!values.empty()) ent.attributes["value"] = values;
    if (!mods.empty()) ent.attributes["modifier"] = mods;
    if (!inferred.empty()) ent.attributes["inferred"] = inferred;
    if (aliases.size() > 1 || (aliases.size() == 1 && aliases[0] != ent.name)) ent.attributes["aliases"] = aliases;
    ent.attributes["mention_kinds"] = kinds;
    doc.entities.push_back(std::move(ent));
    ctx.entity_genders.push_back(gender);
  }
}

}  // namespace parley::detail
