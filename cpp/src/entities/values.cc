// Values the walk reads at a token: the dispatch to dates and times (dates.cc) and the figures — cardinals,
// ordinals, money ("$964 million", "RMB 847.8 billion"), percentages, quantities ("200 kilometers"),
// durations ("two weeks ago") and bare years ("since 2014"), with their approximators ("more than").
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

// ISO-style currency codes written before a figure; RMB is the yuan.
const char* currency_code(std::string_view s) {
  static const char* const kCodes[][2] = {{"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"RUB", "RUB"},
                                          {"CNY", "CNY"}, {"RMB", "CNY"}, {"JPY", "JPY"}, {"UAH", "UAH"},
                                          {"INR", "INR"}, {"CHF", "CHF"}};
  for (const auto& c : kCodes)
    if (s == c[0]) return c[1];
  return nullptr;
}

std::string fmt_number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e18)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return std::string(buf);
}

}  // namespace

int CandidateState::digits(std::uint32_t i) const {
  int v = 0;
  for (char c : sv(i)) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int CandidateState::is_year(std::uint32_t i) const {
  if (!toks[i].has(kNumber) || toks[i].end - toks[i].start != 4) return 0;
  int y = digits(i);
  return (y >= 1800 && y <= 2100) ? y : 0;
}

int CandidateState::small_int(std::uint32_t i, int max) const {
  if (i >= n || !toks[i].has(kNumber) || toks[i].end - toks[i].start > 2) return -1;
  int v = digits(i);
  return v <= max ? v : -1;
}

double CandidateState::number_value(std::uint32_t i) const {
  std::string s;
  for (char c : sv(i))
    if (c != ',') s += c;
  return std::atof(s.c_str());
}

// Tries a date, time or figure at i. Returns the end token or 0.
std::uint32_t CandidateState::try_value(std::uint32_t i) {
  const Token& t = toks[i];
  std::uint32_t c = cls[i];
  // Most words open no date, time or figure: only month, weekday, relative, day and number words do,
  // and the short forms "US$", "A$", "a" (after an approximator) and three-letter currency codes.
  if (t.has(kWord) && t.end - t.start > 3 &&
      !(c & (kMonth | kWeekday | kRelative | kDayWord | kNumberWord | kMagnitude)))
    return 0;
  if ((c & kMonth) && t.has(kUpperInitial) && !t.has(kAllCaps)) return month_date(i);
  if (t.has(kNumber) && small_int(i, 31) > 0 && i + 1 < n && (cls[i + 1] & kMonth) && toks[i + 1].has(kUpperInitial) &&
      same_para(i, i + 1))
    return day_month_date(i);
  // Weekdays.
  if ((c & kWeekday) && t.has(kUpperInitial)) {
    DateParts d;
    d.weekday = static_cast<int>(val[i]);
    std::uint32_t j = i + 1;
    emit(i, j, Label::kDate, Kind::kValue);
    date_parts.resize(cands.size());
    date_parts.back() = d;
    return j;
  }
  if (t.has(kNumber))
    if (std::uint32_t j = clock_time(i)) return j;
  if ((c & kRelative) && i + 1 < n && same_para(i, i + 1))
    if (std::uint32_t j = relative_date(i)) return j;
  if (t.has(kWord) && !t.has(kAllCaps) && (c & kDayWord))
    if (std::uint32_t j = day_word(i)) return j;
  return figure(i);
}

// "a million", "more than a month": the article as the number one, after an approximator.
bool CandidateState::approx_before(std::uint32_t k) const {
  if (k >= 1 && same_para(k - 1, k) && (cls[k - 1] & kApprox) && !(cls[k - 1] & kStop)) return true;
  if (k < 2 || !same_para(k - 2, k)) return false;
  std::uint32_t node = M.child(M.child(Matcher::kRoot, h[k - 2]), h[k - 1]);
  return node != UINT32_MAX && (M.classes(node) & kApprox) != 0;
}

// Figures: a number, a number word, or a currency sign before a number.
std::uint32_t CandidateState::figure(std::uint32_t i) {
  const Token& t = toks[i];
  std::uint32_t c = cls[i];
  bool num = t.has(kNumber) || ((c & kNumberWord) && !(c & kMagnitude) && !t.has(kAllCaps) &&
                                (!t.has(kUpperInitial) || (i + 1 < n && same_para(i, i + 1) && toks[i + 1].has(kWord))));
  bool money_sign = false;
  std::uint32_t b = i, j = i;
  std::string approx;
  if (t.has(kPunct) && (sv(i) == "$" || sv(i) == "€" || sv(i) == "£" || sv(i) == "₽") && i + 1 < n &&
      toks[i + 1].has(kNumber) && adjacent(i + 1)) {
    money_sign = true;
    j = i + 1;
    num = true;
  } else if (t.has(kAllCaps) && t.end - t.start == 3 && i + 1 < n && toks[i + 1].has(kNumber) && same_para(i, i + 1) &&
             currency_code(sv(i))) {
    money_sign = true;  // "RMB 847.8 billion", "USD 5 million"
    j = i + 1;
    num = true;
  } else if (t.has(kWord) && (sv(i) == "US" || sv(i) == "C" || sv(i) == "A") && is_punct(i + 1, '$') &&
             adjacent(i + 1) && i + 2 < n && toks[i + 2].has(kNumber)) {
    money_sign = true;
    j = i + 2;
    num = true;
  }
  bool mag_plural = (c & kMagnitude) && !t.has(kUpperInitial) && sv(i).back() == 's';  // "trillions of dollars"
  // "a million", "more than a month": the article as the number one, after an approximator.
  bool a_one = false;
  if (!num && !mag_plural && t.has(kWord) && sv(i) == "a" && i + 1 < n && same_para(i, i + 1) && approx_before(i) &&
      (((cls[i + 1] & kMagnitude) && sv(i + 1).back() != 's') || (cls[i + 1] & (kDateUnit | kTimeUnit)))) {
    num = true;
    a_one = true;
  }
  if (!num && !mag_plural) return 0;
  if (t.has(kNumber) && !money_sign)
    if (std::uint32_t e = year_figure(i)) return e;
  Figure f;
  f.i = i;
  f.b = b;
  f.j = j;
  f.money_sign = money_sign;
  f.mag_plural = mag_plural;
  f.a_one = a_one;
  f.approx = approx;
  approximator(f);
  return figure_tail(f);
}

// A bare year: "since 2014", "the 1920s", "© 2025"; 0 when the number is no year.
std::uint32_t CandidateState::year_figure(std::uint32_t i) {
  static const std::uint64_t kThe = fold_hash("the");
  static const std::uint64_t kCopyright = fold_hash("copyright");
  int y = is_year(i);
  std::uint32_t pc = prev_cls(i);
  bool unit_after = i + 1 < n && same_para(i, i + 1) && toks[i + 1].has(kWord) && !toks[i + 1].has(kUpperInitial) &&
                    !(cls[i + 1] & (kStop | kDatePrep));
  if (y && i + 1 < n && adjacent(i + 1) && sv(i + 1) == "s") {  // "the 1920s"
    emit(i, i + 2, Label::kDate, Kind::kValue);
    date_parts.resize(cands.size());
    return i + 2;
  }
  bool year_cue = i > 0 && same_para(i - 1, i) && (h[i - 1] == kThe || sv(i - 1) == "©" || h[i - 1] == kCopyright);
  if (y && (!unit_after || year_cue) && (year_cue || pc & (kDatePrep | kDateMod | kRelative) || !same_para(i - (i > 0), i) ||
                           i == 0 || (i + 1 < n && toks[i + 1].has(kPunct)))) {
    Cand& cd = emit(i, i + 1, Label::kDate, Kind::kValue);
    if (pc & kDatePrep) {
      std::string p = lower_ascii(sv(i - 1));
      if (p == "since" || p == "until" || p == "before" || p == "after" || p == "by") cd.modifier = p;
    }
    years_seen.push_back(y);
    date_parts.resize(cands.size());
    date_parts.back().year = y;
    return i + 1;
  }
  return 0;
}

// Approximators before the figure: "more than 5,000", "over 27%".
void CandidateState::approximator(Figure& f) const {
  const std::uint32_t i = f.i;
  std::uint32_t& b = f.b;
  std::string& approx = f.approx;
  const bool money_sign = f.money_sign;
  if (!money_sign || b == i) {
    if (i >= 3 && same_para(i - 3, i)) {  // "as much as"
      std::uint32_t node = M.child(M.child(M.child(Matcher::kRoot, h[i - 3]), h[i - 2]), h[i - 1]);
      if (node != UINT32_MAX && (M.classes(node) & kApprox)) {
        b = i - 3;
        approx = lower_ascii(span_text(i - 3, i));
      }
    }
    if (b == i && i >= 2 && same_para(i - 2, i)) {
      std::uint32_t node = M.child(M.child(Matcher::kRoot, h[i - 2]), h[i - 1]);
      if (node != UINT32_MAX && M.child(Matcher::kRoot, h[i - 2]) != UINT32_MAX && (M.classes(node) & kApprox)) {
        b = i - 2;
        approx = lower_ascii(span_text(i - 2, i));
      }
    }
    if (b == i && i >= 1 && same_para(i - 1, i) && (cls[i - 1] & kApprox) && !(cls[i - 1] & kStop && sv(i - 1) == "some" && false)) {
      std::string w = lower_ascii(sv(i - 1));
      if (w == "over" || w == "nearly" || w == "almost" || w == "about" || w == "around" ||
          w == "approximately" || w == "roughly" || w == "under" || w == "some") {
        b = i - 1;
        approx = w;
      }
    }
  }
}

// The figure's value and what follows it: a magnitude, a unit of time, a quantity's unit, a currency,
// a percent sign, an ordinal suffix; a cardinal otherwise.
std::uint32_t CandidateState::figure_tail(Figure& f) {
  const std::uint32_t i = f.i, b = f.b;
  std::uint32_t j = f.j;
  const bool money_sign = f.money_sign, mag_plural = f.mag_plural, a_one = f.a_one;
  const std::string& approx = f.approx;
  const Token& t = toks[i];
  double v = 0;
  int mag = 0;
  if (toks[j].has(kNumber)) {
    v = number_value(j);
  } else if (a_one) {
    v = 1;
  } else if (cls[j] & kNumberWord) {
    v = val[j];
  }
  ++j;
  // "twenty five", "5 million", "trillions"
  if (!mag_plural) {
    if (j < n && same_para(i, j) && (cls[j] & kMagnitude) && !toks[j].has(kUpperInitial)) {
      mag = static_cast<int>(val[j]);
      ++j;
    }
  } else {
    mag = static_cast<int>(val[i]);
    v = 1;
  }
  std::string_view first = sv(i);
  // "22-point": the number alone; "30-second" / "17 hours": TIME; "two days": DATE.
  std::uint32_t k = j;
  if (is_punct(k, '-') && adjacent(k) && k + 1 < n && adjacent(k + 1)) ++k;
  if (!money_sign && k < n && same_para(i, k) && (cls[k] & (kDateUnit | kTimeUnit)) && !(cls[k] & kOrdinal && k == j)) {
    std::string_view u = sv(k);
    bool time = (cls[k] & kTimeUnit) && u != "morning" && u != "evening" && u != "night" && u != "afternoon";
    bool date = (cls[k] & kDateUnit) != 0;
    if (time || date) {
      std::uint32_t ke = k + 1;  // "two weeks ago", "a decade later"
      if (ke < n && same_para(i, ke) && (sv(ke) == "ago" || sv(ke) == "earlier" || sv(ke) == "later")) ++ke;
      emit(b, ke, time ? Label::kTime : Label::kDate, Kind::kValue);
      if (date) date_parts.resize(cands.size());
      return ke;
    }
  }
  // Quantities: "200 kilometers", "5.39 million tonnes", "150 billion cubic meters".
  if (!money_sign && j < n && same_para(i, j) && !toks[j].has(kUpperInitial)) {
    const Hit& hu = match(j);
    if (hu.cend > j && (hu.classes & kUnit)) {
      emit(b, hu.cend, Label::kQuantity, Kind::kValue);
      return hu.cend;
    }
  }
  // Money: "$964 million", "964 million dollars", "trillions of dollars".
  std::string cur;
  std::uint32_t e = j;
  if (money_sign) {
    std::string_view s = sv(i);
    cur = s == "€" ? "EUR" : s == "£" ? "GBP" : s == "₽" ? "RUB" : "USD";
    if (const char* code = currency_code(s)) cur = code;
  } else {
    std::uint32_t q = j;
    if (mag_plural && q < n && sv(q) == "of") ++q;
    if (q < n && same_para(i, q) && (cls[q] & kCurrency) && !toks[q].has(kUpperInitial)) {
      static const char* codes[] = {"", "USD", "EUR", "GBP", "RUB", "CNY", "JPY", "UAH", "INR", "CHF"};
      cur = codes[val[q] < 10 ? val[q] : 0];
      e = q + 1;
    } else if (mag_plural) {
      // "millions", "hundreds of thousands": a vague figure.
      std::uint32_t pe = i + 1;
      if (pe + 1 < n && sv(pe) == "of" && (cls[pe + 1] & kMagnitude) && !toks[pe + 1].has(kUpperInitial)) pe += 2;
      Cand& cd = emit(b, pe, Label::kCardinal, Kind::kValue);
      cd.value = "1e" + std::to_string(mag) + "+";
      return pe;
    }
  }
  std::string prefix = approx == "more than" || approx == "over" ? ">" :
                       approx == "less than" || approx == "fewer than" || approx == "under" ? "<" :
                       approx.empty() ? "" : approx == "up to" ? "<=" : approx == "at least" ? ">=" : "~";
  std::string value = prefix + (mag_plural ? std::string("1e") + std::to_string(mag) + "+" : fmt_number(v * std::pow(10.0, mag)));
  if (!cur.empty()) {
    Cand& cd = emit(b, e, Label::kMoney, Kind::kValue);
    cd.value = value + " " + cur;
    return e;
  }
  if (j < n && same_para(i, j) && ((cls[j] | match(j).classes) & kPercentWord)) {
    Hit hp = match(j);
    std::uint32_t pe = hp.cend > j ? hp.cend : j + 1;
    Cand& cd = emit(b, pe, Label::kPercent, Kind::kValue);
    cd.value = value + "%";
    return pe;
  }
  // Ordinals written with digits: "17th".
  if (t.has(kNumber) && j < n && adjacent(j) && toks[j].has(kWord) &&
      (sv(j) == "th" || sv(j) == "st" || sv(j) == "nd" || sv(j) == "rd")) {
    Cand& cd = emit(i, j + 1, Label::kOrdinal, Kind::kValue);
    cd.value = fmt_number(v);
    return j + 1;
  }
  if (first == "one" && !(j < n && same_para(i, j) && toks[j].has(kWord) && !(cls[j] & (kStop | kDatePrep))))
    return 0;
  if (t.has(kNumber) && i > 0 && toks[i - 1].has(kWord) && adjacent(i)) return 0;  // "G7", "MI6"
  Cand& cd = emit(b, j, Label::kCardinal, Kind::kValue);
  cd.value = value;
  return j;
}

}  // namespace parley::detail
