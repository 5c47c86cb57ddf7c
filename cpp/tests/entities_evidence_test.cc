// Entities, issue 13 step 2: evidence before a label, name particles and hyphenated given names, titles
// kept out of names, designations that are no figures, the outlets this audience reads, spelling
// variants of a surname, a body's short form, nationalities and their plurals. Invented sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_spans.h"
#include "parley/analyzer.h"

namespace {

using parley::Document;
using parley::Entity;
using parley::Label;
using parley::testing::any_span;
using parley::testing::entity_of;
using parley::testing::has_span;

bool same_entity(const Document& doc, const std::string& a, const std::string& b) {
  const Entity* ea = entity_of(doc, a);
  return ea != nullptr && ea == entity_of(doc, b);
}

TEST(EntitiesEvidence, UnknownCapitalsWithoutPersonEvidenceNameNothing) {
  Document doc = parley::analyze(
      "Gravel prices climbed again this spring.\n"
      "Related Stories\n"
      "Builders blamed Winter Supply for the delays, and Hollow Meadow stayed empty.\n");
  EXPECT_FALSE(has_span(doc, "Related Stories", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Winter Supply", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Hollow Meadow", Label::kPerson));
}

TEST(EntitiesEvidence, APronounAfterTheRunIsPersonEvidence) {
  Document doc = parley::analyze("Onwuzo Trelawny opened the depot in March, and his crews worked all night.\n");
  EXPECT_TRUE(has_span(doc, "Onwuzo Trelawny", Label::kPerson));
}

TEST(EntitiesEvidence, ASurnameUsedAloneIsPersonEvidence) {
  Document doc = parley::analyze(
      "Quillon Barstead runs the ferry.\n"
      "The ferry left late on Friday. Barstead blamed the tide.\n");
  EXPECT_TRUE(has_span(doc, "Quillon Barstead", Label::kPerson));
  EXPECT_TRUE(same_entity(doc, "Quillon Barstead", "Barstead"));
}

TEST(EntitiesEvidence, AnAppositionOfAgeOrRoleIsPersonEvidence) {
  Document doc = parley::analyze(
      "Orrin Vasquelle, 52, rebuilt the mill.\n"
      "The work was praised by Tamsin Okorafor, a spokeswoman for the county.\n");
  EXPECT_TRUE(has_span(doc, "Orrin Vasquelle", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Tamsin Okorafor", Label::kPerson));
}

// Machine translation from Chinese names a person by one transliterated word after their role.
TEST(EntitiesEvidence, OneUnknownWordSetOffAfterARoleIsAPerson) {
  Document doc = parley::analyze(
      "Ferry timetable changes from Monday\n"
      "However, the director of the harbour office, Tunkamarin, promised that the last ferry would stay.\n"
      "Tunkamarin disclosed that two new boats had been ordered.\n"
      "Boats from the outer island, Vestholm, arrive late in winter.\n");
  EXPECT_TRUE(has_span(doc, "Tunkamarin", Label::kPerson));
  const Entity* e = entity_of(doc, "Tunkamarin");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);  // the word alone later is the same person
  EXPECT_FALSE(has_span(doc, "Vestholm", Label::kPerson));  // no role before the comma
}

// Machine translation drops the comma between an office's name and its holder.
TEST(EntitiesEvidence, AnOfficesNameRunsIntoItsHoldersName) {
  Document doc = parley::analyze(
      "The remarks were criticised on Friday by former Deputy Secretary for Harbour Affairs Daniel Roskam.\n"
      "The plan was defended by the Minister of Rural Development Tomas Vilkas.\n"
      "Maria Lopez Garcia and Kim Jong Un were not there.\n");
  EXPECT_TRUE(has_span(doc, "Daniel Roskam", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "Affairs Daniel Roskam"));
  EXPECT_TRUE(has_span(doc, "Tomas Vilkas", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Maria Lopez Garcia", Label::kPerson));
}

TEST(EntitiesEvidence, ARoleAFewWordsIntoTheAppositionIsPersonEvidence) {
  Document doc = parley::analyze("According to Maarten Vosser, a former senior agency official, the plan will fail.\n");
  EXPECT_TRUE(has_span(doc, "Maarten Vosser", Label::kPerson));
}

TEST(EntitiesEvidence, AnAcronymTitleIsNoPartOfTheName) {
  Document doc = parley::analyze("The forecast, which CFO Dana Quill said was cautious, moved the shares.\n");
  EXPECT_TRUE(has_span(doc, "Dana Quill", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "CFO Dana Quill"));
}

TEST(EntitiesEvidence, MuseumsArchivesAndLibrariesAreBodies) {
  Document doc = parley::analyze(
      "The Museum of Lost Maps opened in Harwick. \"Every map tells a story,\" according to its website.\n"
      "The Dunmore Film Archive and the Quellby Library lent pieces.\n");
  EXPECT_TRUE(has_span(doc, "Museum of Lost Maps", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Film Archive", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Quellby Library", Label::kOrg));
}

TEST(EntitiesEvidence, NameParticlesStayInsideTheName) {
  Document doc = parley::analyze(
      "The talks included Ursula von der Leyen and Luiz Inácio Lula da Silva, officials said.\n");
  EXPECT_TRUE(has_span(doc, "Ursula von der Leyen", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Luiz Inácio Lula da Silva", Label::kPerson));
}

TEST(EntitiesEvidence, ATitleStaysOutOfAHyphenatedName) {
  Document doc = parley::analyze("The talks went well, said President Lee Jae-myung.\n");
  EXPECT_TRUE(has_span(doc, "Lee Jae-myung", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "President Lee Jae-myung"));
}

TEST(EntitiesEvidence, NewTitleWordsStayOutOfNames) {
  Document doc = parley::analyze("Business Writer Anselm Grubach and Pastor Ilse Marrow spoke at the fair.\n");
  EXPECT_TRUE(has_span(doc, "Anselm Grubach", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Ilse Marrow", Label::kPerson));
}

TEST(EntitiesEvidence, DesignationsAreNoFigures) {
  Document doc = parley::analyze("Cases of COVID-19 rose, and the Perm-36 museum closed for a week.\n");
  EXPECT_FALSE(any_span(doc, "19"));
  EXPECT_FALSE(any_span(doc, "36"));
  EXPECT_FALSE(has_span(doc, "Perm", Label::kGpe));
}

TEST(EntitiesEvidence, TheOutletsThisAudienceReads) {
  Document doc = parley::analyze(
      "The story ran in Rossiyskaya Gazeta and Vedomosti, on Rossiya 1 and CGTN, and in People's Daily.\n");
  for (const char* outlet : {"Rossiyskaya Gazeta", "Vedomosti", "Rossiya 1", "CGTN", "People's Daily"})
    EXPECT_TRUE(has_span(doc, outlet, Label::kOrg)) << outlet;
  EXPECT_FALSE(any_span(doc, "1"));
}

TEST(EntitiesEvidence, StatesThatNoLongerExistArePlaces) {
  Document doc = parley::analyze("The factory was built when the Soviet Union still stood.\n");
  EXPECT_TRUE(has_span(doc, "Soviet Union", Label::kGpe));
}

TEST(EntitiesEvidence, SpellingVariantsOfASurnameAreOnePerson) {
  Document doc = parley::analyze(
      "Grigory Volnitskiy opened the plant. Volnitskyy said it would hire 300 people. "
      "Volnitsky later left.\n");
  EXPECT_TRUE(same_entity(doc, "Grigory Volnitskiy", "Volnitskyy"));
  EXPECT_TRUE(same_entity(doc, "Grigory Volnitskiy", "Volnitsky"));
}

TEST(EntitiesEvidence, ABodysShortFormGroupsWithItsFullName) {
  Document doc = parley::analyze(
      "The Harwick Mutual Insurance Society raised its rates. Harwick Mutual said costs rose.\n"
      "The Joint Audit Committee met on Monday, and the Audit Committee approved the accounts.\n");
  EXPECT_TRUE(same_entity(doc, "Harwick Mutual Insurance Society", "Harwick Mutual"));
  EXPECT_TRUE(same_entity(doc, "Joint Audit Committee", "Audit Committee"));
}

TEST(EntitiesEvidence, ANationalityAndItsPluralAreOneGroup) {
  Document doc = parley::analyze("Afghan families arrived; many Afghans stayed with relatives.\n");
  EXPECT_TRUE(same_entity(doc, "Afghan", "Afghans"));
}

TEST(EntitiesEvidence, APlaceAfterABodysHeadWordIsADateline) {
  Document doc = parley::analyze("Harbour Press Agency Lisbon, March 3 -- The port reopened on Monday.\n");
  EXPECT_TRUE(has_span(doc, "Harbour Press Agency", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Lisbon", Label::kGpe));
}

TEST(EntitiesEvidence, APluralNounBeforeASpeechVerbIsNoPerson) {
  Document doc = parley::analyze(
      "Grain prices rose for a third week.\nAnalysts say the rally will fade. Traders note the weather.\n");
  EXPECT_FALSE(any_span(doc, "Analysts"));
  EXPECT_FALSE(any_span(doc, "Traders"));
}

TEST(EntitiesEvidence, AWordGluedToADomainIsAnAddressNoName) {
  Document doc = parley::analyze("Tides rose in the bay - Harbour Wire Spanish.example.org\nMr. Okafor spoke.\n");
  EXPECT_FALSE(has_span(doc, "Spanish", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "Okafor", Label::kPerson));
}

TEST(EntitiesEvidence, AnEastAsianNameInBothOrdersIsOnePerson) {
  Document doc = parley::analyze("Zhang Wei, 40, runs the shop. Wei Zhang said he was tired.\n");
  EXPECT_TRUE(same_entity(doc, "Zhang Wei", "Wei Zhang"));
}

TEST(EntitiesEvidence, APrepositionOfPlaceNeedsAPlaceShapedName) {
  Document doc = parley::analyze(
      "Quennel grew up in Tarnowo and has a degree in Physics; physics was his first love.\n"
      "He later worked in YoloOps and in Base58Check tooling, and spoke in QR codes.\n");
  EXPECT_TRUE(has_span(doc, "Tarnowo", Label::kGpe));
  EXPECT_FALSE(has_span(doc, "Physics", Label::kGpe));
  EXPECT_FALSE(has_span(doc, "YoloOps", Label::kGpe));
  EXPECT_FALSE(has_span(doc, "Base58Check", Label::kGpe));
  EXPECT_FALSE(has_span(doc, "QR", Label::kGpe));
}

TEST(EntitiesEvidence, ACamelCaseWordIsNoPersonsNameButAfterAFamilyPrefix) {
  Document doc = parley::analyze(
      "Native SegWit describes a type of output format, the engineers said.\n"
      "Governor Ron DeSantis signed the bill, and Tom McKenna praised it.\n");
  EXPECT_FALSE(has_span(doc, "Native SegWit", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "SegWit", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Ron DeSantis", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Tom McKenna", Label::kPerson));
}

}  // namespace
