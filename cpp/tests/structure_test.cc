// The article's anatomy: paragraphs, header and footer, in every variant the
// foundation issue names.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "parley/analyzer.h"

namespace parley {
namespace {

Options structure_only() {
  Options o;
  o.turns = o.entities = o.quotes = false;
  return o;
}

Document run(const std::string& text) { return Analyzer(structure_only()).analyze(text); }

std::vector<std::string> kinds(const Document& d) {
  std::vector<std::string> out;
  for (const auto& p : d.paragraphs) out.emplace_back(to_string(p.kind));
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* kHeader =
    "Why the Talks Stalled: What Happens Next?\n"
    "The negotiators left without a deal, but both sides say the door is open.\n"
    "By Anna Petrova and John Smith\n"
    "Guest: Ivan Sidorov, senior fellow at the Institute of World Economy\n"
    "The talks in Geneva ended on Friday without an agreement, officials said.\n"
    "Both delegations will report to their capitals before a new round.\n"
    "Source: https://example.com/news/talks-stalled\n"
    "Disclaimer: The views expressed are the guest's own.\n";

TEST(Structure, HeaderAndFooter) {
  Document d = run(kHeader);
  EXPECT_EQ(d.meta.title, "Why the Talks Stalled: What Happens Next?");
  EXPECT_EQ(d.meta.subtitle, "The negotiators left without a deal, but both sides say the door is open.");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Anna Petrova", "John Smith"}));
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Ivan Sidorov");
  EXPECT_EQ(d.meta.guests[0].description, "senior fellow at the Institute of World Economy");
  EXPECT_EQ(d.meta.source_url, "https://example.com/news/talks-stalled");
  EXPECT_EQ(d.meta.disclaimer, "The views expressed are the guest's own.");
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "subtitle", "byline", "guest", "narrative", "narrative",
                                                "source", "disclaimer"}));
}

TEST(Structure, BlankLinesCrlfAndBomGiveTheSameStructure) {
  std::string blank, crlf;
  for (char c : std::string(kHeader)) {
    blank += c;
    if (c == '\n') blank += "\n";
    crlf += (c == '\n') ? std::string("\r\n") : std::string(1, c);
  }
  Document base = run(kHeader);
  for (const std::string& variant : {blank, crlf, std::string("\xEF\xBB\xBF") + kHeader, "\n\n  " + blank + "\n\n"}) {
    Document d = run(variant);
    EXPECT_EQ(d.meta, base.meta);
    EXPECT_EQ(kinds(d), kinds(base));
    EXPECT_EQ(d.text(), variant);  // the text is kept exactly, BOM and CRs included
    for (const auto& p : d.paragraphs) {
      std::string_view s = d.slice(p.start, p.end);
      EXPECT_FALSE(s.empty());
      EXPECT_NE(s.back(), '\r');
      EXPECT_FALSE(s.starts_with("\xEF\xBB\xBF"));
    }
  }
}

TEST(Structure, KickerInCapitalsBeforeTheHeadlineKeepsTheTitle) {
  Document d = run(
      "NEWS HARBOUR-GOV: Port authority opens the second quay to 9 shipping lines\n"
      "The port authority opened the second quay on Monday, a year ahead of plan.\n"
      "Nine shipping lines will use it from June.\n");
  EXPECT_EQ(d.meta.title, "NEWS HARBOUR-GOV: Port authority opens the second quay to 9 shipping lines");
}

TEST(Structure, NameOverAnOutletInTheHeaderIsTheByline) {
  Document d = run(
      "The harbour that joined two countries\n"
      "The two ministers at the opening of the quay (left and right)\n"
      "Ambassador Lin Weiguo\n"
      "(The Harbour Review)\n"
      "The quay opened on Monday, a year ahead of plan, and nine shipping lines will use it.\n"
      "It is the largest in the region.\n");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Lin Weiguo"});
  EXPECT_EQ(d.paragraphs[2].kind, parley::ParagraphKind::kByline);
}

TEST(Structure, LongRuleOfOneMarkIsASeparator) {
  Document d = run(
      "The harbour opens\n"
      "The quay opened on Monday, a year ahead of plan.\n"
      "__________________________________________________________________\n"
      "Nine shipping lines will use it from June.\n");
  EXPECT_EQ(d.paragraphs[2].kind, parley::ParagraphKind::kSeparator);
}

TEST(Structure, IssuingOfficeIsTheAuthor) {
  Document d = run(
      "Briefing by the Harbour Minister\n"
      "THE HARBOUR MINISTRY\n"
      "Office of the Harbour Commissioner\n"
      "The minister spoke to reporters about the second quay on Monday.\n"
      "It opens in June.\n");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Office of the Harbour Commissioner"});
  EXPECT_EQ(d.paragraphs[2].kind, parley::ParagraphKind::kByline);
}

TEST(Structure, NoHeaderAtAll) {
  Document d = run(
      "The minister said on Tuesday that the plan would cost more than expected.\n"
      "Critics called it a waste of money.\n");
  EXPECT_EQ(d.meta.title, "");
  EXPECT_EQ(d.meta.subtitle, "");
  EXPECT_TRUE(d.meta.authors.empty());
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"narrative", "narrative"}));
}

TEST(Structure, OnlyATitle) {
  Document d = run("Slot Flaw Scofflaws\nRecently, a crew of Russians started showing up at casinos.\n");
  EXPECT_EQ(d.meta.title, "Slot Flaw Scofflaws");
  EXPECT_EQ(d.meta.subtitle, "");  // the one paragraph after it is the story itself
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "narrative"}));
  Document alone = run("Just a Headline Without a Story");
  EXPECT_EQ(alone.meta.title, "");  // a lone line is not a headline of anything
  ASSERT_EQ(alone.paragraphs.size(), 1u);
}

TEST(Structure, SiteClutterBeforeTheTitle) {
  Document d = run(
      "Home | World | Politics | Business\n"
      "Advertisement\n"
      "Ceasefire Holds for a Second Day\n"
      "By Maria Lopez\n"
      "The ceasefire held for a second day on Sunday, residents said, as aid convoys moved in.\n");
  EXPECT_EQ(d.meta.title, "Ceasefire Holds for a Second Day");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Maria Lopez"}));
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"clutter", "clutter", "title", "byline", "narrative"}));
}

TEST(Structure, GuestNameOnTheNextLineAndAuthorLabel) {
  Document d = run(
      "A Headline\nAuthor: Svetlana Ivanova\nCommentary Guest:\nPavel Orlov\n"
      "The story begins here, with a long first sentence of narration.\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Svetlana Ivanova"}));
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Pavel Orlov");
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "byline", "guest", "guest", "narrative"}));
}

TEST(Structure, DatelineSeparatorsStageDirectionsAndCopyright) {
  Document d = run(
      "Interview to the News Agency\nMarch 22, 2013, 00:00\nQuestion: How are you?\n* * *\n(LAUGHTER)\n"
      "Answer: Fine.\nCopyright © 2019 NPR. All rights reserved.\n");
  EXPECT_EQ(kinds(d)[1], "dateline");
  EXPECT_EQ(kinds(d)[3], "separator");
  EXPECT_EQ(kinds(d)[4], "stage");
  EXPECT_EQ(kinds(d).back(), "clutter");
  EXPECT_EQ(d.meta.title, "Interview to the News Agency");
}

TEST(Structure, TranscriptOpeningWithASpeakerIsNotATitle) {
  Document d = run("KENNY MALONE, HOST: Hello and welcome.\nGUEST: Thanks.\nMALONE: So, tell us.\n");
  EXPECT_EQ(d.meta.title, "");
}

TEST(Structure, ReferenceArticle) {
  Document d = run(read_file(std::string(PARLEY_EXAMPLES) + "/000_c1ada2601b12286d.txt"));
  EXPECT_EQ(d.meta.title, "The Mystery of Rubio: What Did Trump Attempt to Make Putin Yield to on May 19?");
  EXPECT_EQ(d.meta.subtitle,
            "The US President plans for direct dialogue with the Russian leader, but the core issue may not be Ukraine.");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Svetlana Gomzikova"}));
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Vladimir Shapovalov");
  EXPECT_EQ(d.meta.source_url, "https://www.toutiao.com/article/7506086504049967626/");
  EXPECT_TRUE(d.meta.disclaimer.starts_with("This article solely represents the author's personal views."));
  ASSERT_EQ(d.paragraphs.size(), 44u);
  EXPECT_EQ(to_string(d.paragraphs[42].kind), "source");
  EXPECT_EQ(to_string(d.paragraphs[43].kind), "disclaimer");
}

TEST(Structure, EmptyAndBlankInputs) {
  EXPECT_TRUE(run("").paragraphs.empty());
  EXPECT_TRUE(run("\n\n\r\n   \t\n").paragraphs.empty());
  std::string million(1000000, '\n');
  Document d = run(million + "text" + million);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  EXPECT_EQ(d.slice(d.paragraphs[0].start, d.paragraphs[0].end), "text");
}

TEST(Structure, BylineForms) {
  auto authors = [](const std::string& byline) {
    return run("Harbour Fees Rise Again\n" + byline + "\nThe port raised its fees on Monday, officials said.\n").meta.authors;
  };
  EXPECT_EQ(authors("By Olga Popova | Reuters"), (std::vector<std::string>{"Olga Popova"}));
  EXPECT_EQ(authors("Tom Reilly, Staff Writer"), (std::vector<std::string>{"Tom Reilly"}));
  EXPECT_EQ(authors("Maria Gonzalez, Senior Correspondent"), (std::vector<std::string>{"Maria Gonzalez"}));
  EXPECT_EQ(authors("Text: Pavel Sidorov"), (std::vector<std::string>{"Pavel Sidorov"}));
  EXPECT_EQ(authors("Author: Dmitry Orlov, Yelena Markova"), (std::vector<std::string>{"Dmitry Orlov", "Yelena Markova"}));
  EXPECT_EQ(authors("Текст: Анна Смирнова"), (std::vector<std::string>{"Анна Смирнова"}));
  // Case folds beyond ASCII: the Cyrillic label in capitals is the same label.
  EXPECT_EQ(authors("АВТОР: Иван Петров"), (std::vector<std::string>{"Иван Петров"}));
  // A comma and a job that is not a newsroom's is not a byline.
  EXPECT_TRUE(authors("Anna Lindqvist, Prime Minister").empty());
  EXPECT_TRUE(authors("Rome, Italy").empty());
}

TEST(Structure, CyrillicFooterAndPhotoCredit) {
  Document d = run("Рынок труда перегрет\nФото: Сергей Бобылев/ТАСС\nБезработица обновила минимум.\n"
                   "Компании жалуются на нехватку сотрудников.\nИСТОЧНИК: https://example.ru/a/1\n");
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "clutter", "narrative", "narrative", "source"}));
  EXPECT_EQ(d.meta.source_url, "https://example.ru/a/1");
}

TEST(Structure, HeadlineEndingWithAPointBeforeAByline) {
  Document d = run("The Reservoir Is Half Empty. The Mayor Says Don't Panic.\nBy Daniel Brooks | The Harbor Times\n"
                   "Published March 14, 2024\nAfter the driest winter in forty years, the reservoir is low.\n");
  EXPECT_EQ(d.meta.title, "The Reservoir Is Half Empty. The Mayor Says Don't Panic.");
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "byline", "dateline", "narrative"}));
  // Without a byline after it, a first sentence stays narration.
  Document n = run("The reservoir is half empty. The mayor says not to panic.\nThe council votes next week.\n");
  EXPECT_EQ(n.meta.title, "");
}

TEST(Structure, HeadlineWithADateIsNotADateline) {
  Document d = run("Department Press Briefing - November 14, 2022\nNed Price, Department Spokesperson\n"
                   "2:14 p.m. EST\nMR PRICE: Good afternoon.\n(The briefing was concluded at 2:58 p.m.)\n");
  EXPECT_EQ(d.meta.title, "Department Press Briefing - November 14, 2022");
  EXPECT_EQ(to_string(d.paragraphs[2].kind), "dateline");
  EXPECT_EQ(to_string(d.paragraphs[4].kind), "stage");
  Document w = run("Department Press Briefing\nWashington, D.C.\nMR PRICE: Good afternoon.\nQUESTION: Thanks.\n");
  EXPECT_EQ(to_string(w.paragraphs[1].kind), "dateline");
  // A dek that is a sentence is not a place.
  Document s = run("Talks Resume\nBoth sides, again, meet in Geneva.\nThe talks resumed on Monday.\n");
  EXPECT_EQ(to_string(s.paragraphs[1].kind), "subtitle");
  // Datelines proper stay datelines.
  EXPECT_EQ(to_string(run("Title Here\nMarch 7, 2013, 21:30, Vologda\nText follows here.\n").paragraphs[1].kind),
            "dateline");
}

TEST(Structure, ClockLinesInTheBodyAreNotText) {
  Document d = run("Briefing\nMS. SMITH: Good afternoon.\n1:32 P.M. EDT\nQ Thank you.\n10:30 is when it starts.\n");
  EXPECT_EQ(to_string(d.paragraphs[2].kind), "dateline");
  EXPECT_EQ(to_string(d.paragraphs[4].kind), "narrative");
}

TEST(Structure, TranscriptOpeningIsNotAHeadline) {
  EXPECT_EQ(run("MS. JEAN-PIERRE: Good afternoon, everyone.\nQ Thank you, Karine.\nMS. JEAN-PIERRE: Go ahead.\n")
                .meta.title,
            "");
  EXPECT_EQ(run("Q. Why did you leave the company\nA. It was time.\nQ. Any regrets?\n").meta.title, "");
  // A headline with an abbreviation's point before a colon is still a headline when nothing repeats it.
  EXPECT_EQ(run("Dr. Strange: A Film Review\nThe film opens on Friday.\nIt runs two hours.\n").meta.title,
            "Dr. Strange: A Film Review");
}

TEST(Structure, BylineAtTheEndOfAnInterview) {
  Document d = run("Актриса о новом сериале\nМы встретились с актрисой.\n— Почему вы согласились?\n— Хотелось.\n"
                   "Беседовала Мария Иванова\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Мария Иванова"}));
  EXPECT_EQ(to_string(d.paragraphs[4].kind), "byline");
  Document e = run("A Talk About Soil\nWe visited the farm.\nInterview by Helen Carter\n");
  EXPECT_EQ(e.meta.authors, (std::vector<std::string>{"Helen Carter"}));
  // A last sentence that opens with "By" is not a byline.
  Document n = run("Talks Resume\nThe talks resumed on Monday.\nBy Friday, Officials Expect A Deal.\n");
  EXPECT_TRUE(n.meta.authors.empty());
}

TEST(Structure, BareNameUnderTheHeadlineIsTheByline) {
  Document d = run("В Москве откроют новые станции метро\nДмитрий Соколов\nДо конца года откроют 12 станций.\n"
                   "Об этом сообщил мэр.\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Дмитрий Соколов"}));
  EXPECT_EQ(kinds(d), (std::vector<std::string>{"title", "byline", "narrative", "narrative"}));
  // A dek of capitalised words that is not a name stays a dek.
  Document e = run("Budget Approved\nLibraries Lose Sundays.\nThe council voted on Thursday.\n");
  EXPECT_TRUE(e.meta.authors.empty());
  // A place in a transcript header is not a person.
  EXPECT_TRUE(run("Remarks Before Departure\nSouth Lawn\n10:42 A.M. EDT\nQ Are you confident?\n").meta.authors.empty());
  EXPECT_TRUE(run("Remarks by the President\nRose Garden\nTHE PRESIDENT: Thank you.\n").meta.authors.empty());
}

TEST(Structure, TranscriptNoticeUnderTheHeadlineIsNoDek) {
  Document d = run("Episode 12: Rivers and Rails\nThis is a machine-made transcript and may contain errors.\n"
                   "HOST: Welcome back.\nGUEST: Thank you.\n");
  EXPECT_EQ(d.meta.subtitle, "");
  EXPECT_EQ(to_string(d.paragraphs[1].kind), "narrative");
  EXPECT_EQ(run("Rivers and Rails\nA historian on the canal age.\nThe canals came first.\n").meta.subtitle,
            "A historian on the canal age.");
}

}  // namespace
}  // namespace parley
