#include "speakers/askers.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/lexicon.h"
#include "text/utf8.h"
#include "turns/labels.h"

namespace parley::detail {

namespace {

constexpr std::size_t kIntroWindow = 160;   // bytes of a question in which the asker names himself
constexpr std::size_t kGreetingWords = 8;   // words before the name: "Thank you, Governor Halloway."

struct PersonMention {
  std::int64_t start, end;
  std::size_t entity;
};

// Every PERSON name mention, in text order.
std::vector<PersonMention> person_mentions(const Document& doc) {
  std::vector<PersonMention> out;
  for (std::size_t k = 0; k < doc.entities.size(); ++k) {
    const Entity& e = doc.entities[k];
    if (e.label != Label::kPerson || e.name.find(' ') == std::string::npos) continue;
    for (const Mention& m : e.mentions) out.push_back({m.start, m.end, k});
  }
  std::sort(out.begin(), out.end(), [](const PersonMention& a, const PersonMention& b) { return a.start < b.start; });
  return out;
}

// "Thank you, Governor Halloway.", "Hi, good afternoon.": only greetings, thanks and capitalised words.
bool greeting_only(std::string_view s) {
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_letter(static_cast<unsigned char>(s[i])) && static_cast<unsigned char>(s[i]) < 0x80) {
      if (s[i] == '?') return false;
      ++i;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '.') ++j;
    if (j == i) break;
    std::string_view w = s.substr(i, j - i);
    ++words;
    if (words > kGreetingWords) return false;
    bool capitalised = w[0] >= 'A' && w[0] <= 'Z';
    if (!capitalised) {
      std::string lw = turns::lowercase(w);
      bool polite = false;
      for (std::string_view g : {"you", "thanks", "thank", "very", "much", "good", "morning", "afternoon", "evening",
                                 "for", "taking", "my", "question", "questions", "and", "hi", "hello", "yes", "sir"})
        polite = polite || lw == g;
      if (!polite) return false;
    }
    i = j;
  }
  return true;
}

// ", New York Times.", " from Reuters", " with Bloomberg": the outlet the name is followed by.
std::string_view outlet_after(std::string_view rest) {
  std::string_view r = rest;
  if (r.starts_with(", ")) r.remove_prefix(2);
  else if (r.starts_with(" from ")) r.remove_prefix(6);
  else if (r.starts_with(" with ")) r.remove_prefix(6);
  else if (r.starts_with(" of ")) r.remove_prefix(4);
  else return {};
  if (r.starts_with("the ")) r.remove_prefix(4);  // "Karl Mayer with the Morning Star"
  if (r.empty() || !(r[0] >= 'A' && r[0] <= 'Z')) return {};
  std::size_t end = r.find_first_of(".,?;:");
  return r.substr(0, std::min<std::size_t>(end == std::string_view::npos ? r.size() : end, 60));
}

// "Ivo Brandt" at the start of `s`: `min_words` (two unless said) to three capitalised words; the name's
// length in bytes, or 0.
std::size_t name_shaped(std::string_view s, std::size_t min_words = 2) {
  constexpr std::size_t kMaxWords = 3;
  std::size_t words = 0, i = 0;
  while (i < s.size() && words < kMaxWords) {
    if (!(s[i] >= 'A' && s[i] <= 'Z')) break;
    std::size_t j = i + 1;
    while (j < s.size() && (is_letter(static_cast<unsigned char>(s[j])) || static_cast<unsigned char>(s[j]) >= 0x80 ||
                            s[j] == '-' || s[j] == '\''))
      ++j;
    if (j - i < 2) break;
    ++words;
    i = j;
    if (i >= s.size() || s[i] != ' ' || i + 1 >= s.size() || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z')) break;
    if (words < kMaxWords) ++i;
  }
  if (words < min_words) return 0;
  while (i > 0 && s[i - 1] == ' ') --i;
  return i;
}

// The person a turn's first paragraph says is asking, with the outlet after the name (or a name among
// the `known` askers, alone); empty for none.
// A PERSON mention is taken first; a name the entity stage did not read as a person ("Ivo Brandt,
// Evening Post." read as an organisation) still names the asker when it opens a sentence after the
// greeting and an outlet follows it.
std::string self_named(const Context& ctx, const std::vector<PersonMention>& people,
                       const std::unordered_set<std::string>& guests,
                       const std::unordered_map<std::string, std::size_t>& known, std::size_t para,
                       std::string_view* outlet) {
  const Paragraph& p = ctx.doc.paragraphs[para];
  std::int64_t body = para < ctx.markers.size() ? std::max<std::int64_t>(p.start, ctx.markers[para].end) : p.start;
  auto it = std::lower_bound(people.begin(), people.end(), body,
                             [](const PersonMention& m, std::int64_t o) { return m.start < o; });
  std::string_view text = ctx.text;
  // "Thank you, Ned. Anna Berg, Nordic Times.": the name the greeting addresses is passed over; the
  // asker is the first name followed by an outlet.
  for (; it != people.end() && it->start < p.end && it->start - body <= static_cast<std::int64_t>(kIntroWindow); ++it) {
    if (!greeting_only(text.substr(body, it->start - body))) break;
    // "Tomas, Jan Novy from Sport Daily.": the guest greeted by name is not the one asking.
    if (guests.count(ctx.doc.entities[it->entity].name)) continue;
    *outlet = outlet_after(text.substr(it->end, std::min<std::int64_t>(p.end - it->end, 80)));
    if (!outlet->empty()) return ctx.doc.entities[it->entity].name;
    // "Tom Hale again.": a journalist who gave his outlet before names himself alone.
    if (known.count(ctx.doc.entities[it->entity].name)) return ctx.doc.entities[it->entity].name;
  }
  std::string_view window = text.substr(body, std::min<std::int64_t>(p.end - body, kIntroWindow));
  for (std::size_t at = 0; at < window.size();) {
    if (!greeting_only(window.substr(0, at))) break;
    std::size_t len = name_shaped(window.substr(at));
    // "Good Morning, Reuters", "Madam Secretary, Tom Varga ...": greetings and titles are no name.
    if (len > 0) {
      std::string_view first = window.substr(at, window.find(' ', at) - at);
      if (greeting_only(turns::lowercase(window.substr(at, len))) ||
          (lexicon::classes_folded(first) & (lexicon::kHonorific | lexicon::kLabelTitle | lexicon::kIntroTitle)))
        len = 0;
    }
    if (len > 0) {
      *outlet = outlet_after(window.substr(at + len, 80));
      if (!outlet->empty()) return std::string(window.substr(at, len));
    }
    std::size_t stop = window.find_first_of(".,", at);  // the next sentence or clause
    if (stop == std::string_view::npos) break;
    at = stop + 1;
    while (at < window.size() && window[at] == ' ') ++at;
  }
  return {};
}

// "Our next question will go to Andrea Mills with NBC.": the person a moderator (or the guest) gives the
// floor to at the end of paragraph `para`, with the outlet; empty for none. A name of one to three
// capitalised words after "to", followed by an outlet; the last such call in the paragraph counts.
std::string called_on(const Context& ctx, std::size_t para, std::string_view* outlet) {
  const Paragraph& p = ctx.doc.paragraphs[para];
  std::string_view text = ctx.text.substr(static_cast<std::size_t>(p.start), static_cast<std::size_t>(p.end - p.start));
  std::string found;
  for (std::size_t at = text.find(" to "); at != std::string_view::npos; at = text.find(" to ", at + 1)) {
    std::string_view rest = text.substr(at + 4);
    std::size_t len = name_shaped(rest, 1);
    if (len == 0 || rest.substr(len).starts_with(", ")) continue;  // "to Ann Lee with NBC", not "to Ann, NBC ..."
    std::string_view o = outlet_after(rest.substr(len, 80));
    if (o.empty()) continue;
    found = std::string(rest.substr(0, len));
    *outlet = o;
  }
  return found;
}

}  // namespace

bool anonymous_asker(const Speaker& s) {
  return s.role == Role::kInterviewer && (s.labels.empty() || turns::role_word(s.name) != turns::RoleWord::kNone ||
                                          turns::numbered_role_word(s.name) != turns::RoleWord::kNone);
}

void name_askers(Context& ctx) {
  Document& doc = ctx.doc;
  std::unordered_map<std::string, std::size_t> speaker_of_id, asker_of_name;
  for (std::size_t k = 0; k < doc.speakers.size(); ++k) speaker_of_id[doc.speakers[k].id] = k;
  std::vector<PersonMention> people;
  std::unordered_set<std::string> guests;  // the names of those who answer
  bool any = false;
  std::vector<bool> emptied(doc.speakers.size(), false);
  std::string floor;  // the journalist a moderator last gave the floor to
  std::string_view floor_outlet;
  for (Turn& t : doc.turns) {
    auto sp = speaker_of_id.find(t.speaker);
    if (sp == speaker_of_id.end() || !anonymous_asker(doc.speakers[sp->second]) || t.paragraphs.empty()) continue;
    if (!any) {
      people = person_mentions(doc);
      for (const Speaker& g : doc.speakers)
        if (g.role == Role::kGuest) guests.insert(g.name);
      any = true;
    }
    std::string_view outlet;
    std::string name = self_named(ctx, people, guests, asker_of_name, static_cast<std::size_t>(t.paragraphs.front()), &outlet);
    // A moderator's call gives the floor: the asker of this turn, and of the next ones until another call.
    auto front = static_cast<std::size_t>(t.paragraphs.front());
    if (front > 0 && doc.paragraphs[front - 1].speaker != t.speaker) {
      std::string_view called_outlet;
      std::string called = called_on(ctx, front - 1, &called_outlet);
      if (!called.empty()) {
        floor = called;
        floor_outlet = called_outlet;
      }
    }
    bool questioner = turns::role_word(doc.speakers[sp->second].name) == turns::RoleWord::kQuestion;
    if (name.empty() && !floor.empty() && questioner) {
      name = floor;
      outlet = floor_outlet;
    }
    if (name.empty()) continue;
    auto [it, added] = asker_of_name.emplace(name, doc.speakers.size());
    if (added) {
      Speaker s;
      s.id = "S" + std::to_string(doc.speakers.size() + 1);
      s.role = Role::kInterviewer;
      s.name = name;
      s.description = std::string(outlet);
      doc.speakers.push_back(std::move(s));
      speaker_of_id[doc.speakers.back().id] = doc.speakers.size() - 1;
    }
    emptied[sp->second] = true;
    t.speaker = doc.speakers[it->second].id;
    for (std::int64_t p : t.paragraphs) doc.paragraphs[static_cast<std::size_t>(p)].speaker = t.speaker;
  }
  if (!any) return;
  // An anonymous asker all of whose turns went to named journalists speaks no more.
  std::unordered_map<std::string, bool> speaks;
  for (const Paragraph& p : doc.paragraphs)
    if (!p.speaker.empty()) speaks[p.speaker] = true;
  std::vector<Speaker> kept;
  for (std::size_t k = 0; k < doc.speakers.size(); ++k)
    if (k >= emptied.size() || !emptied[k] || speaks.count(doc.speakers[k].id)) kept.push_back(std::move(doc.speakers[k]));
  doc.speakers = std::move(kept);
}

}  // namespace parley::detail
