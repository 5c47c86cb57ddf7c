// Dates and times: the forms the walk reads ("May 19 (Monday)", "19 May 2025", "10:00 AM", "this week",
// "tonight"), then their normalised values: years inferred from weekdays and the article's other dates,
// a stated zone bound to a time, and the date of the same sentence added to it.
#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "entities/candidates.h"

namespace parley::detail {

using namespace lex;  // NOLINT: word classes read as a vocabulary here

namespace {

int weekday_of(int y, int m, int d) {  // 0 = Monday
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;  // 0 = Sunday
  return (w + 6) % 7;
}

int nth_sunday(int y, int m, int nth) {  // nth >= 1, or -1 for the last
  if (nth > 0) {
    int first = 1 + (6 - weekday_of(y, m, 1) + 7) % 7;
    return first + 7 * (nth - 1);
  }
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = days[m - 1];
  return last - (weekday_of(y, m, last) + 1) % 7;
}

bool us_dst(int y, int m, int d) {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  if (m == 3) return d >= nth_sunday(y, 3, 2);
  return d < nth_sunday(y, 11, 1);
}

bool eu_dst(int y, int m, int d) {
  if (m < 3 || m > 10) return false;
  if (m > 3 && m < 10) return true;
  if (m == 3) return d >= nth_sunday(y, 3, -1);
  return d < nth_sunday(y, 10, -1);
}


std::string offset_str(int minutes) {
  char sign = minutes < 0 ? '-' : '+';
  int a = std::abs(minutes);
  return std::string(1, sign) + two(a / 60) + ":" + two(a % 60);
}

}  // namespace

// Month-led dates: "May 19", "May 19 (Monday)", "March 7, 2013", "July 2018", "late April".
std::uint32_t CandidateState::month_date(std::uint32_t i) {
  DateParts d;
  d.month = static_cast<int>(val[i]);
  std::uint32_t j = i + 1;
  if (is_punct(j, '.') && adjacent(j) && toks[i].end - toks[i].start <= 4 && sv(i) != "June" && sv(i) != "July" &&
      small_int(j + 1, 31) > 0)
    ++j;
  int day = small_int(j, 31);
  if (day > 0 && same_para(i, j)) {
    d.day = day;
    ++j;
    if (j < n && adjacent(j) && toks[j].has(kWord) && (sv(j) == "th" || sv(j) == "st" || sv(j) == "nd" || sv(j) == "rd"))
      ++j;
    // A range of days: "September 9 to 11", "May 19-21".
    if (j + 1 < n && same_para(i, j + 1) && (sv(j) == "to" || is_punct(j, '-') || toks[j].has(kDash)) &&
        small_int(j + 1, 31) > day)
      j += 2;
    if (is_punct(j, ',') && j + 1 < n && is_year(j + 1)) {
      d.year = is_year(j + 1);
      j += 2;
    } else if (j < n && is_year(j) && same_para(i, j)) {
      d.year = is_year(j);
      ++j;
    }
    if (is_punct(j, '(') && j + 2 < n && (cls[j + 1] & kWeekday) && is_punct(j + 2, ')')) {
      d.weekday = static_cast<int>(val[j + 1]);
      j += 3;
    }
  } else if (j < n && is_year(j) && same_para(i, j)) {
    d.year = is_year(j);
    ++j;
  } else if (j + 1 < n && (is_punct(j, '-') || toks[j].has(kDash)) && adjacent(j) && adjacent(j + 1) &&
             (cls[j + 1] & kMonth) && toks[j + 1].has(kUpperInitial)) {
    j += 2;  // "January-February"
  } else {
    std::uint32_t pc = prev_cls(i);
    bool ctx_ok = (pc & (kDatePrep | kDateMod | kRelative)) || (i > 0 && is_punct(i - 1, '-'));
    if (d.month == 5 && !ctx_ok) return 0;   // "May" the verb
    if (d.month == 3 && !ctx_ok) return 0;   // "March" the noun
    if (!ctx_ok && toks[i].has(kSentenceStart)) return 0;
  }
  std::uint32_t b = i;
  std::string mod;
  if (i > 0 && same_para(i - 1, i) && (cls[i - 1] & kDateMod) && !toks[i - 1].has(kNumber)) {
    b = i - 1;
    mod = lower_ascii(sv(i - 1));
  } else if (i > 1 && is_punct(i - 1, '-') && (cls[i - 2] & kDateMod)) {
    b = i - 2;
    mod = lower_ascii(sv(i - 2));
  }
  Cand& cd = emit(b, j, Label::kDate, Kind::kValue);
  cd.modifier = mod;
  if (d.year) years_seen.push_back(d.year);
  date_parts.resize(cands.size());
  date_parts.back() = d;
  return j;
}

// "19 May 2025"
std::uint32_t CandidateState::day_month_date(std::uint32_t i) {
  DateParts d;
  d.day = small_int(i, 31);
  d.month = static_cast<int>(val[i + 1]);
  std::uint32_t j = i + 2;
  if (j < n && is_year(j) && same_para(i, j)) {
    d.year = is_year(j);
    years_seen.push_back(d.year);
    ++j;
  }
  emit(i, j, Label::kDate, Kind::kValue);
  date_parts.resize(cands.size());
  date_parts.back() = d;
  return j;
}

// Clock times: "10:00 AM", "17:00", "21:30", "10 a.m."
std::uint32_t CandidateState::clock_time(std::uint32_t i) {
  int hh = small_int(i, 24);
  std::uint32_t j = i;
  int mm = -1;
  if (hh >= 0 && is_punct(i + 1, ':') && adjacent(i + 1) && i + 2 < n && adjacent(i + 2) &&
      toks[i + 2].has(kNumber) && toks[i + 2].end - toks[i + 2].start == 2) {
    mm = small_int(i + 2, 59);
    j = i + 3;
  }
  int ampm = 0;
  if (hh >= 0 && j + 1 <= n) {
    std::uint32_t k = (mm >= 0) ? j : i + 1;
    if (k < n && same_para(i, k)) {
      Hit hk = match(k);
      if (hk.cend > k && (hk.classes & kAmPm)) {
        ampm = static_cast<int>(hk.value);
        j = hk.cend;
      }
    }
  }
  if (hh >= 0 && (mm >= 0 || ampm)) {
    if (mm < 0) mm = 0;
    if (ampm == 2 && hh < 12) hh += 12;
    if (ampm == 1 && hh == 12) hh = 0;
    std::uint32_t tb = i;  // "around 7pm"
    if (i > 0 && same_para(i - 1, i) && (cls[i - 1] & kApprox) && !(cls[i - 1] & kStop) && !toks[i - 1].has(kUpperInitial))
      tb = i - 1;
    Cand& cd = emit(tb, j, Label::kTime, Kind::kValue);
    cd.clock = hh * 60 + mm;
    return j;
  }
  return 0;
}

// Relative dates and times: "this week", "last night", "the last two decades".
std::uint32_t CandidateState::relative_date(std::uint32_t i) {
  static const std::uint64_t kThe = fold_hash("the");
  std::uint32_t j = i + 1;
  if ((cls[j] & kNumberWord) || toks[j].has(kNumber)) ++j;
  if (j < n && same_para(i, j) && (cls[j] & (kDateUnit | kWeekday | kTimeUnit)) && !(cls[j] & kOrdinal)) {
    std::string_view u = sv(j);
    bool time = (cls[j] & kTimeUnit) && !(cls[j] & kDateUnit);
    if (u == "year" || u == "years" || u == "week" || u == "month") time = false;
    std::uint32_t b = i;
    if (i > 0 && same_para(i - 1, i) && h[i - 1] == kThe) b = i - 1;
    emit(b, j + 1, time ? Label::kTime : Label::kDate, Kind::kValue);
    if (!time) date_parts.resize(cands.size());
    return j + 1;
  }
  return 0;
}

// "today", "yesterday", "tomorrow"; "tonight" is a time.
std::uint32_t CandidateState::day_word(std::uint32_t i) {
  std::string w = lower_ascii(sv(i));
  if (w == "today" || w == "yesterday" || w == "tomorrow") {
    emit(i, i + 1, Label::kDate, Kind::kValue);
    date_parts.resize(cands.size());
    return i + 1;
  }
  if (w == "tonight") {
    emit(i, i + 1, Label::kTime, Kind::kValue);
    return i + 1;
  }
  return 0;
}

// Missing years inferred from weekdays and the article's other dates; every DATE gets its value.
void CandidateState::normalise_dates() {
  date_parts.resize(cands.size());
  int anchor = 0;
  {
    int ref = 0;
    for (int y : years_seen) ref = std::max(ref, y);
    std::unordered_map<int, int> votes;
    for (std::size_t q = 0; q < cands.size(); ++q) {
      DateParts& d = date_parts[q];
      if (cands[q].label != Label::kDate || d.year || !d.month || !d.day || d.weekday < 0) continue;
      int best = 0;
      for (int y = 1900; y <= 2100; ++y)
        if (weekday_of(y, d.month, d.day) == d.weekday) {
          int target = ref ? ref : 2025;
          if (!best || std::abs(y - target) < std::abs(best - target) ||
              (std::abs(y - target) == std::abs(best - target) && y > best))
            best = y;
        }
      if (ref && std::abs(best - ref) > 8) best = 0;
      if (best) {
        d.year = best;
        cands[q].inferred = "year from weekday";
        ++votes[best];
      }
    }
    int bestv = 0;
    for (auto& [y, c] : votes)
      if (c > bestv || (c == bestv && y > anchor)) {
        anchor = y;
        bestv = c;
      }
    if (!anchor) {  // the first full date (a dateline) anchors the rest
      for (std::size_t q = 0; q < cands.size(); ++q)
        if (cands[q].label == Label::kDate && date_parts[q].year && date_parts[q].month && date_parts[q].day) {
          anchor = date_parts[q].year;
          break;
        }
    }
    // A bare weekday is the dated day of the article that falls on it, when only one does.
    std::unordered_set<std::string> weekday_value[7];
    for (std::size_t q = 0; q < cands.size(); ++q) {
      DateParts& d = date_parts[q];
      if (cands[q].label == Label::kDate && d.year && d.month && d.day)
        weekday_value[weekday_of(d.year, d.month, d.day)].insert(std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day));
    }
    for (std::size_t q = 0; q < cands.size(); ++q) {
      Cand& c = cands[q];
      if (c.label != Label::kDate) continue;
      DateParts& d = date_parts[q];
      if (!d.year && d.month && anchor) {
        d.year = anchor;
        c.inferred = "year from the article's dates";
      }
      std::string y = d.year ? std::to_string(d.year) : "XXXX";
      if (d.month && d.day)
        c.value = y + "-" + two(d.month) + "-" + two(d.day);
      else if (d.month)
        c.value = y + "-" + two(d.month);
      else if (d.year)
        c.value = y;
      else if (d.weekday >= 0 && weekday_value[d.weekday].size() == 1) {
        c.value = *weekday_value[d.weekday].begin();
        c.inferred = "date from the article's dates";
      }
      else if (d.weekday >= 0)
        c.value = "XXXX-WXX-" + std::to_string(d.weekday + 1);
      else
        c.value = lower_ascii(span_text(c.b, c.e));
    }
  }
}

// Times: bind a stated zone, add the date of the same sentence.
void CandidateState::normalise_times() {
  for (std::size_t q = 0; q < cands.size(); ++q) {
    Cand& c = cands[q];
    if (c.label != Label::kTime || c.clock < 0) {
      if (c.label == Label::kTime && c.value.empty()) c.value = lower_ascii(span_text(c.b, c.e));
      continue;
    }
    int zone = -1;
    auto it = std::lower_bound(zones.begin(), zones.end(), c.b, [](const ZoneAt& z, std::uint32_t b) { return z.e <= b; });
    // Right before ("Moscow Time 17:00") or right after ("10:00 AM ET").
    if (it != zones.begin() && std::prev(it)->e == c.b) zone = std::prev(it)->zone;
    if (zone < 0 && it != zones.end() && it->b >= c.e && it->b <= c.e + 1 && same_para(c.b, it->b)) {
      bool next_time = false;
      for (std::size_t r = q + 1; r < cands.size() && cands[r].b <= it->e + 1; ++r)
        if (cands[r].label == Label::kTime && cands[r].b == it->e) next_time = true;
      if (!next_time) zone = it->zone;
    }
    if (zone < 0 && it != zones.begin()) {
      auto p = std::prev(it);
      if (same_para(p->b, c.b) && c.b - p->e <= 12) zone = p->zone;
    }
    std::string date;
    DateParts dp;
    for (std::size_t r = q; r-- > 0;) {
      if (cands[r].para != c.para || c.b - cands[r].e > 12) break;
      if (cands[r].label == Label::kDate && date_parts[r].month && date_parts[r].day && date_parts[r].year) {
        dp = date_parts[r];
        date = cands[r].value;
        break;
      }
    }
    std::string v = two(c.clock / 60) + ":" + two(c.clock % 60);
    if (zone >= 0 && kZones[zone].dst >= 0) {
      int off = kZones[zone].offset_minutes;
      if (dp.year && kZones[zone].dst == 1 && us_dst(dp.year, dp.month, dp.day)) off += 60;
      if (dp.year && kZones[zone].dst == 2 && eu_dst(dp.year, dp.month, dp.day)) off += 60;
      v += offset_str(off);
    }
    c.value = date.empty() ? "T" + v : date + "T" + v;
  }
}

}  // namespace parley::detail
