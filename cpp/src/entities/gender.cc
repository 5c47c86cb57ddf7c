// Gender evidence for people, handed to the quotes stage's pronouns (ctx.entity_genders): an honorific
// ("Ms. Ruiz"), a gendered title ("spokeswoman"), the given name of a full name, the given name or
// Slavic form of any name.
#include <unordered_map>

#include "entities/candidates.h"
#include "text/lexicon.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

// A given name the census or the curated table gives to one gender.
char given_name_gender(std::string_view lower) {
  static const auto* const table = [] {
    auto* m = new std::unordered_map<std::string_view, char>();
    for (std::size_t i = 0; i < kNameGenderCount; ++i) m->emplace(kNameGenders[i].name, kNameGenders[i].gender);
    return m;
  }();
  auto it = table->find(lower);
  return it == table->end() ? 0 : it->second;
}

namespace {

char honorific_gender(std::string_view lower) {
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  const std::uint32_t c = lexicon::classes_folded(lower);
  return (c & lexicon::kMale) ? 'm' : (c & lexicon::kFemale) ? 'f' : 0;
}

// A title that names its holder's gender: "spokeswoman", "Queen", "Congressman".
char title_gender(std::string_view lower) {
  char g = 0;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = lower.find(' ', i);
    if (j == std::string_view::npos) j = lower.size();
    std::string_view w = lower.substr(i, j - i);
    i = j + 1;
    if (char h = honorific_gender(w)) return h;  // "Ms.", "Mr"
    if (w.ends_with("woman") || w.ends_with("women") || w == "queen" || w == "princess" || w == "duchess" ||
        w == "countess" || w == "empress" || w == "baroness" || w == "actress")
      g = 'f';
    else if ((w.size() > 5 && w.ends_with("sman")) || w == "chairman" || w == "king" || w == "prince" ||
             w == "duke" || w == "emperor" || w == "baron")  // "spokesman", "congressman", "businessman"
      g = 'm';
  }
  return g;
}

// Slavic family names inflect for gender: Zakharova, Matviyenko-less Gomzikova, Zelenska / Lavrov, Zelensky.
char surname_gender(std::string_view lower) {
  if (lower.size() < 5) return 0;
  for (std::string_view e : {"ova", "eva", "yova", "skaya", "tskaya", "ska", "cka"})
    if (lower.ends_with(e)) return 'f';
  for (std::string_view e : {"ov", "ev", "yov", "sky", "skiy", "skii", "tsky"})
    if (lower.ends_with(e)) return 'm';
  return 0;
}

}  // namespace

// The strongest gender evidence over the person's mentions.
Gender CandidateState::gender_of(const Group& gr) const {
  char gender = 0;
  int gender_rank = 0;
  auto evidence = [&](char g, int rank) {
    if (g && rank > gender_rank) gender = g, gender_rank = rank;
  };
  // A one-word mention is read as a given name only when the article never gives a fuller name
  // ("Graham" of "Lindsey Graham" is a family name).
  bool full_name = false;
  const bool person = gr.label == Label::kPerson;
  for (std::size_t q = 0; person && q < gr.cands.size(); ++q) {
    const Cand& c = cands[gr.cands[q]];
    if (c.kind != Kind::kTitleRef && c.e > c.b) full_name |= last_word(c.b, c.e) > c.b + ((cls[c.b] & kHonorific) != 0);
  }
  for (std::size_t q = 0; person && q < gr.cands.size(); ++q) {
    const Cand& c = cands[gr.cands[q]];
    if (c.kind == Kind::kTitleRef || c.e <= c.b) continue;
    std::uint32_t first = c.b;
    if (cls[first] & kHonorific) evidence(honorific_gender(lower_ascii(sv(first))), 5), ++first;
    std::uint32_t before = c.b >= 2 && is_punct(c.b - 1, '.') ? c.b - 2 : c.b - 1;  // "Ms. Ruiz"
    if (c.b > 0 && same_para(before, c.b) && (cls[before] & kHonorific))
      evidence(honorific_gender(lower_ascii(sv(before))), 5);
    if (!c.title.empty()) evidence(title_gender(lower_ascii(c.title)), 4);
    if (first >= c.e) continue;
    std::uint32_t last = last_word(first, c.e);
    if (last > first || !full_name) evidence(given_name_gender(lower_ascii(sv(first))), last > first ? 3 : 2);
    evidence(surname_gender(lower_ascii(std::string_view(text.data() + toks[last].start, toks[c.e - 1].end - toks[last].start))), 1);
  }
  return gender == 'f' ? Gender::kFemale : gender == 'm' ? Gender::kMale : Gender::kUnknown;
}

}  // namespace parley::detail
