#include "entities/entities.h"

#include <string>
#include <unordered_set>

#include "entities/candidates.h"
#include "entities/lexicon.h"
#include "text/lexicon.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

Label label_of(std::string_view name) { return label_from_string(name).value_or(Label::kOrg); }

}  // namespace

EntityStage::EntityStage(const Options& options) : options_(&options), matcher_(std::make_unique<Matcher>()) {
  Matcher& m = *matcher_;
  for (std::size_t i = 0; i < kWordCount; ++i) m.add_classes(kWords[i].word, kWords[i].classes, kWords[i].value);
  // The shared lexicon's classes this stage reads: honorifics, speech verbs, months and weekdays.
  for (const auto& w : lexicon::words()) {
    if (w.classes & lexicon::kHonorific) m.add_classes(w.text, kHonorific | kTitle, 0);
    if (w.classes & lexicon::kNameCue) m.add_classes(w.text, kSpeech, 0);
    if (w.classes & lexicon::kMonth) m.add_classes(w.text, kMonth, w.value);
    if (w.classes & lexicon::kWeekday) m.add_classes(w.text, kWeekday, w.value);
  }
  for (std::size_t i = 0; i < kZoneCount; ++i) m.add_classes(kZones[i].text, kZone, static_cast<std::uint32_t>(i + 1));
  for (const char* w : {"today", "yesterday", "tomorrow", "tonight"}) m.add_classes(w, kDayWord, 0);
  m.add_classes("percent", kPercentWord, 0);
  m.add_classes("per cent", kPercentWord, 0);
  m.add_classes("%", kPercentWord, 0);
  m.add_classes("am", kAmPm, 1);
  m.add_classes("a.m.", kAmPm, 1);
  m.add_classes("pm", kAmPm, 2);
  m.add_classes("p.m.", kAmPm, 2);
  auto add = [&](std::string_view text, Label label, std::string_view canonical, bool demonym = false) {
    GazEntry e;
    e.label = label;
    e.canonical = std::string(canonical);
    e.demonym = demonym;
    m.add_entry(text, std::move(e));
  };
  for (std::size_t i = 0; i < kGeoCount; ++i) add(kGeo[i].text, label_of(kGeo[i].label), kGeo[i].canonical);
  for (std::size_t i = 0; i < kPhraseCount; ++i)
    add(kPhrases[i].text, label_of(kPhrases[i].label), kPhrases[i].canonical);
  for (std::size_t i = 0; i < kDemonymCount; ++i) add(kDemonyms[i].adjective, Label::kNorp, kDemonyms[i].country, true);
  // Plural nouns of "-an" / "-i" nationalities: "Palestinians", "Israelis", "Rwandans".
  {
    std::unordered_set<std::string_view> have;
    for (std::size_t i = 0; i < kDemonymCount; ++i) have.insert(kDemonyms[i].adjective);
    for (std::size_t i = 0; i < kDemonymCount; ++i) {
      std::string_view a = kDemonyms[i].adjective;
      if (a.size() < 4 || a.find(' ') != std::string_view::npos || a.find('-') != std::string_view::npos) continue;
      if (!(a.substr(a.size() - 2) == "an" || a.back() == 'i')) continue;
      std::string plural = std::string(a) + "s";
      if (!have.count(plural)) add(plural, Label::kNorp, kDemonyms[i].country, true);
    }
  }
  // Curated and user aliases: the variant takes the canonical's label when the
  // canonical is known, else it is a place (most curated variants are).
  auto alias = [&](std::string_view variant, std::string_view canonical) {
    Label label = Label::kGpe;
    std::vector<Token> toks;
    for (std::size_t i = 0; i < kGeoCount; ++i)
      if (kGeo[i].text == canonical) label = label_of(kGeo[i].label);
    for (std::size_t i = 0; i < kPhraseCount; ++i)
      if (kPhrases[i].text == canonical) label = label_of(kPhrases[i].label);
    for (const auto& g : options.gazetteer)
      if (g.text == canonical || g.name == canonical) label = g.label;
    add(variant, label, canonical);
  };
  for (std::size_t i = 0; i < kAliasCount; ++i) alias(kAliases[i].adjective, kAliases[i].country);
  for (const auto& g : options.gazetteer) add(g.text, g.label, g.name);
  for (const auto& a : options.aliases) alias(a.first, a.second);
}

EntityStage::~EntityStage() = default;
EntityStage::EntityStage(EntityStage&&) noexcept = default;

// The passes, in order, over one candidate state (entities/candidates.h lists the files).
void EntityStage::run(Context& ctx) const {
  if (ctx.tokens().empty()) return;
  CandidateState st(ctx, *matcher_);
  // Candidates, in one left-to-right walk: URLs, values, dates and times, capitalised runs.
  st.find_urls();
  st.find_headlines();
  st.walk();
  st.trim_headline_names();
  st.trim_leading_titles();
  st.normalise_dates();
  st.normalise_times();
  // Resolution of pending runs with document evidence.
  st.collect_known_people();
  st.define_surfaces();
  st.declared_aliases();
  st.share_list_kinds();
  st.collect_initials();
  st.find_outlets();
  st.collect_place_ends();
  st.speaking_orgs();
  st.collect_person_evidence();
  st.drop_plural_speakers();
  st.person_affiliations();
  st.resolve_rest();
  st.collect_names();
  st.drop_camel_case_people();
  st.link_spelling_variants();
  st.link_abbreviations();
  // Entities.
  st.group_mentions();
  st.bind_title_refs();
  st.build_entities();
}

}  // namespace parley::detail
