// Entities, issue: evidence before a label and short forms. A title-case headline's pieces are no
// surname used alone; a body's opening used alone is the body; bodies joined by "and" are two; a title
// before a body's name is no part of it. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "entity_spans.h"
#include "parley/analyzer.h"

namespace {

using parley::Document;
using parley::Entity;
using parley::Label;
using parley::testing::any_span;
using parley::testing::entity_of;
using parley::testing::has_span;

TEST(EntitiesForms, HeadlinePiecesAreNoSurnameEvidence) {
  Document doc = parley::analyze(
      "Copper Lantern Urges Careful Spending Before Holiday Season\n"
      "Shoppers were told to plan ahead this year.\n"
      "Over the winter, Copper Lantern ran workshops in twelve towns.\n");
  EXPECT_FALSE(has_span(doc, "Copper Lantern", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Lantern", Label::kPerson));
}

TEST(EntitiesForms, ABodysNameWithoutItsHeadWordIsTheBody) {
  Document doc = parley::analyze(
      "Students at Dunmore University marched on Tuesday.\n"
      "Fees at Dunmore rose again this year, the students said.\n");
  EXPECT_TRUE(has_span(doc, "Dunmore", Label::kOrg));
  const Entity* e = entity_of(doc, "Dunmore University");
  EXPECT_TRUE(e != nullptr && e == entity_of(doc, "Dunmore"));
}

TEST(EntitiesForms, TwoBodiesJoinedByAndAreTwo) {
  Document doc = parley::analyze(
      "The plan was signed by the Ministry of Fisheries and Ministry of Roads last week.\n"
      "Scholars from Harwick University and Dunmore University reviewed it.\n");
  EXPECT_TRUE(has_span(doc, "Ministry of Fisheries", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Ministry of Roads", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Harwick University", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore University", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Harwick University and Dunmore University"));
}

TEST(EntitiesForms, APostBeforeABodyIsNoPartOfIt) {
  Document doc = parley::analyze("The survey was led by Orla Quent, Director of Harwick Institute of Soils.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Institute of Soils", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Director of Harwick Institute of Soils"));
}

TEST(EntitiesForms, ATitledAppositionIsPersonEvidence) {
  Document doc = parley::analyze(
      "According to remarks from Tobiah Quennel, Minister of Fisheries of Chile, the catch fell.\n");
  EXPECT_TRUE(has_span(doc, "Tobiah Quennel", Label::kPerson));
}

TEST(EntitiesForms, ATownAfterALeadingFamilyNameIsTheGivenName) {
  Document doc = parley::analyze(
      "The medal went to Zhou Dalian, a chemist.\n"
      "Professor Zhou Dalian thanked the jury.\n");
  EXPECT_TRUE(has_span(doc, "Zhou Dalian", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Dalian", Label::kGpe));
}

TEST(EntitiesForms, TwoNamesLedByFamilyNamesAreTwo) {
  Document doc = parley::analyze("Speakers included Zhang Qiwen Hu Lanfang and others, the organisers said.\n");
  EXPECT_TRUE(has_span(doc, "Zhang Qiwen", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Hu Lanfang", Label::kPerson));
}


TEST(EntitiesForms, ACollectiveOwnersPossessiveStaysInsideABody) {
  Document doc = parley::analyze("Rates were cut by the People's Bank of Norland and the Women's Federation of Tarsk.\n");
  EXPECT_TRUE(has_span(doc, "People's Bank of Norland", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Bank of Norland"));
}

TEST(EntitiesForms, ASecondBodyAfterOfIsItsOwnName) {
  Document doc = parley::analyze("The award was given by the Faculty of Law of University of Tarsk on Friday.\n");
  EXPECT_TRUE(has_span(doc, "Faculty of Law", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "University of Tarsk", Label::kOrg));
}

TEST(EntitiesForms, AnUnknownAcronymUsedAsABodyIsAnOrganisation) {
  Document doc = parley::analyze(
      "Complaints went to the KVTR last spring, and QMX said it would review the GDP figures.\n"
      "THE HARBOUR REPORT\n");
  EXPECT_TRUE(has_span(doc, "KVTR", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "QMX", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "GDP"));
  EXPECT_FALSE(any_span(doc, "HARBOUR"));
}

TEST(EntitiesForms, APersonOfABodyEndsBeforeOf) {
  Document doc = parley::analyze("Prices could fall further, said Ines Marlowe of Kestrel Tower, a research house.\n");
  EXPECT_TRUE(has_span(doc, "Ines Marlowe", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "Ines Marlowe of Kestrel Tower"));
}

TEST(EntitiesForms, ATownAfterATitleAndAGivenNameIsTheSurname) {
  Document doc = parley::analyze("The sermon was given by Pastor Joel Preston on Sunday.\n");
  EXPECT_TRUE(has_span(doc, "Joel Preston", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Preston", Label::kGpe));
}

TEST(EntitiesForms, AClosingWithItsOwnOfIsAnotherBody) {
  Document doc = parley::analyze(
      "The Royal Bank of Norland raised its forecast.\n"
      "Rates at the Bank of Norland stayed on hold.\n");
  const Entity* royal = entity_of(doc, "Royal Bank of Norland");
  ASSERT_TRUE(royal != nullptr);
  ASSERT_NE(entity_of(doc, "Bank of Norland"), nullptr);
  EXPECT_NE(royal, entity_of(doc, "Bank of Norland"));
}

TEST(EntitiesForms, ARunAfterTheIsNoPersonByAPronoun) {
  Document doc = parley::analyze("Trade in the Kelmar Vantis has grown, and his firm expanded.\n");
  EXPECT_FALSE(has_span(doc, "Kelmar Vantis", Label::kPerson));
}

TEST(EntitiesForms, NationalitiesSideBySideAreOne) {
  Document doc = parley::analyze(
      "The survey covered Korean Americans in three states.\n"
      "Several Eastern European governments joined, and Central Asian ones did not.\n");
  EXPECT_TRUE(has_span(doc, "Korean Americans", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "Eastern European", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "Central Asian", Label::kNorp));
  EXPECT_FALSE(any_span(doc, "European"));
}

TEST(EntitiesForms, ASurnameSpeltTwoWaysIsOnePerson) {
  Document doc = parley::analyze(
      "Andreas Kovalenko spoke first.\n"
      "Kovalenco said the plan would work.\n"
      "The panel later thanked Andreas Kovalenco.\n"
      "Marta Kovalenko-Ruiz and Piotr Brandt also spoke.\n");
  const Entity* e = entity_of(doc, "Andreas Kovalenko");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Kovalenco"));
  EXPECT_EQ(e, entity_of(doc, "Andreas Kovalenco"));
  // A longer surname that only opens with the same letters is another person.
  ASSERT_NE(entity_of(doc, "Marta Kovalenko-Ruiz"), nullptr);
  EXPECT_NE(e, entity_of(doc, "Marta Kovalenko-Ruiz"));
}

TEST(EntitiesForms, ACompassWordBeforeAKnownPlaceIsPartOfIt) {
  Document doc = parley::analyze("Snow fell across Northern Ohio and Southwest Vermont overnight.\n");
  EXPECT_TRUE(has_span(doc, "Northern Ohio", Label::kGpe));
  EXPECT_TRUE(has_span(doc, "Southwest Vermont", Label::kGpe));
}

TEST(EntitiesForms, AMiddleInitialStaysInsideTheName) {
  Document doc = parley::analyze(
      "The bill was signed by George W. Harlan on Monday.\n"
      "Senator Mary K. Odell said it would pass.\n");
  EXPECT_TRUE(has_span(doc, "George W. Harlan", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Mary K. Odell", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "George W"));
}

TEST(EntitiesForms, AHeadWordAloneAfterTheIsTheOneBodyWithIt) {
  Document doc = parley::analyze(
      "The Harbour Workers Party met on Monday.\n"
      "Members said the Party would grow.\n");
  const Entity* e = entity_of(doc, "Harbour Workers Party");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Party"));
}

TEST(EntitiesForms, AHeadWordAloneIsTheBodyWhoseShortFormAlsoAppears) {
  Document doc = parley::analyze(
      "The Norland Foreign Ministry said on Tuesday that the Foreign Ministry had summoned the envoy.\n"
      "A spokesman for the Ministry declined to comment.\n");
  const Entity* e = entity_of(doc, "Norland Foreign Ministry");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Ministry"));
  EXPECT_EQ(e, entity_of(doc, "Foreign Ministry"));
}

TEST(EntitiesForms, AHeadWordBeforeOfOpensAnotherBodyNotAShortForm) {
  Document doc = parley::analyze(
      "The Harbour Workers Party met on Monday.\n"
      "Members wrote to the Party of the Eastern Shore on Tuesday.\n");
  const Entity* e = entity_of(doc, "Harbour Workers Party");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(entity_of(doc, "Party"), nullptr);  // no short form of the first party
  ASSERT_NE(entity_of(doc, "Party of the Eastern Shore"), nullptr);
  EXPECT_NE(e, entity_of(doc, "Party of the Eastern Shore"));
}

TEST(EntitiesForms, AnAcronymInPlaceOfTheClosingWordsIsTheBody) {
  Document doc = parley::analyze(
      "She worked for the Wales Dockers Federation Council until May.\n"
      "Later she joined the Wales DFC as an adviser.\n");
  const Entity* e = entity_of(doc, "Wales Dockers Federation Council");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Wales DFC"));
}

TEST(EntitiesForms, MinistryAndDepartmentOfTheSameNameAreOneBody) {
  Document doc = parley::analyze(
      "The Ministry of Harbour Works said on Monday that the plan was ready.\n"
      "Later the Department of Harbour Works said it would publish it.\n");
  const Entity* e = entity_of(doc, "Ministry of Harbour Works");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Department of Harbour Works"));
}

TEST(EntitiesForms, AHeadWordAfterTheOpeningASentenceIsTheBody) {
  Document doc = parley::analyze(
      "The Harbour Works Committee met on Friday.\n"
      "The Committee rejected the plan.\n");
  const Entity* e = entity_of(doc, "Harbour Works Committee");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Committee"));
}

TEST(EntitiesForms, AHeadWordThenOfTheAndANameIsOneBody) {
  Document doc = parley::analyze(
      "Ministers said the Council of the Harbour Union adopted the plan on Monday.\n"
      "Delegates of the National Congress of the HWU met on Friday.\n");
  EXPECT_TRUE(has_span(doc, "Council of the Harbour Union", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "National Congress of the HWU"));
}

TEST(EntitiesForms, ACompanysLegalFormClosesItsNameAndGroupsWithoutIt) {
  Document doc = parley::analyze(
      "Officials at Quenby Tillworks Inc. declined to comment on Friday.\n"
      "Quenby Tillworks employs four hundred people in the valley.\n");
  EXPECT_TRUE(has_span(doc, "Quenby Tillworks Inc.", Label::kOrg));
  const Entity* e = entity_of(doc, "Quenby Tillworks Inc.");
  EXPECT_TRUE(e != nullptr && e == entity_of(doc, "Quenby Tillworks"));
}

TEST(EntitiesForms, InitialsWithAConnectorInLowerCaseAreTheBody) {
  Document doc = parley::analyze(
      "The Bank of Freedonia held its rate on Tuesday.\n"
      "Traders expect the BoF to cut it in the spring.\n");
  EXPECT_TRUE(has_span(doc, "BoF", Label::kOrg));
  const Entity* e = entity_of(doc, "Bank of Freedonia");
  EXPECT_TRUE(e != nullptr && e == entity_of(doc, "BoF"));
}

TEST(EntitiesForms, AnArmedServiceIsABodyNotATitledPerson) {
  Document doc = parley::analyze(
      "The strike was confirmed by the General Staff on Monday.\n"
      "Pilots of the Air Force flew over Dunmore at dawn.\n");
  EXPECT_TRUE(has_span(doc, "General Staff", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Air Force", Label::kOrg));
  EXPECT_FALSE(any_span(doc, "Staff"));
}

TEST(EntitiesForms, ANameBeforeAnAppOrServiceIsAFirm) {
  Document doc = parley::analyze(
      "Downloads of the Quillo app doubled this year.\n"
      "Many users moved to Tesk online service instead.\n");
  EXPECT_TRUE(has_span(doc, "Quillo", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Tesk", Label::kOrg));
}

TEST(EntitiesForms, ABodyNamedAfterAPlaceGroupsUnderThePlacesOtherSpelling) {
  Document doc = parley::analyze(
      "The United States Navy sailed past Dunmore on Monday.\n"
      "Later the US Navy said the drill was over.\n");
  const Entity* e = entity_of(doc, "United States Navy");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "US Navy"));
}

TEST(EntitiesForms, AnUnknownMemberOfAListOfPeopleIsAPerson) {
  Document doc = parley::analyze(
      "Prizes went to John Quell, Maria Quennel, Vasko Drenn and Peter Pike on Friday.\n");
  EXPECT_TRUE(has_span(doc, "Vasko Drenn", Label::kPerson));
}

TEST(EntitiesForms, AFunctionWordHyphenedToACapitalOpensTheName) {
  Document doc = parley::analyze("All-Freedonia Radio said on Monday that the storm had passed.\n");
  EXPECT_TRUE(has_span(doc, "All-Freedonia Radio", Label::kOrg));
}

TEST(EntitiesForms, ACommonAcronymClosesNoPersonsName) {
  Document doc = parley::analyze(
      "The army said Quennel UAVs struck the depot near Dunmore.\n"
      "UAVs were used again at night, he said.\n");
  EXPECT_FALSE(any_span(doc, "Quennel UAVs"));
  EXPECT_FALSE(has_span(doc, "UAVs", Label::kPerson));
}

TEST(EntitiesForms, ACountrysAcronymOpensABodysName) {
  Document doc = parley::analyze(
      "Figures from the U.S. Department of Fisheries were late.\n"
      "The US Department of Roads said it would wait.\n");
  EXPECT_TRUE(has_span(doc, "U.S. Department of Fisheries", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "US Department of Roads", Label::kOrg));
}

TEST(EntitiesForms, ANameBeforeOrAfterAnOutletNounIsAnOutlet) {
  Document doc = parley::analyze(
      "The minister wrote on the Quillo portal on Sunday.\n"
      "Residents told broadcast affiliate KXQB that the water rose fast.\n");
  EXPECT_TRUE(has_span(doc, "Quillo", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "KXQB", Label::kOrg));
}

TEST(EntitiesForms, AHyphenedNationalityAndItsSpacedPluralAreOne) {
  Document doc = parley::analyze(
      "The poll covered Asian-American voters in Dunmore.\n"
      "Some Asian Americans said they would vote.\n");
  const Entity* e = entity_of(doc, "Asian-American");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Asian Americans"));
}

TEST(EntitiesForms, AnOutletsFormerNameIsTheOutlet) {
  Document doc = parley::analyze(
      "The report first ran on ITAR-TASS in the morning.\n"
      "TASS later added a second source.\n");
  const Entity* e = entity_of(doc, "ITAR-TASS");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "TASS"));
}

TEST(EntitiesForms, AMidSentenceCapitalTheIsPartOfABodysName) {
  Document doc = parley::analyze(
      "He told The Harwick Post on Monday that he would run.\n"
      "Later the Harwick Post and the HP website carried his words.\n");
  EXPECT_TRUE(has_span(doc, "The Harwick Post", Label::kOrg));
  const Entity* e = entity_of(doc, "The Harwick Post");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Harwick Post"));
  EXPECT_EQ(e, entity_of(doc, "HP"));
}

TEST(EntitiesForms, AQuotedNicknameStaysInsideTheNameAndAloneIsThePerson) {
  Document doc = parley::analyze(
      "At the invitation of President Tomas \u201cTommo\u201d Brandt, the envoy came to Dunmore.\n"
      "Later Tommo said that Tomas Brandt had kept his word.\n");
  EXPECT_TRUE(has_span(doc, "Tomas \u201cTommo\u201d Brandt", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "President Tomas \u201cTommo\u201d Brandt"));
  const Entity* e = entity_of(doc, "Tomas \u201cTommo\u201d Brandt");
  ASSERT_TRUE(e != nullptr);
  EXPECT_EQ(e, entity_of(doc, "Tommo"));
  EXPECT_EQ(e, entity_of(doc, "Tomas Brandt"));
}

TEST(EntitiesForms, AnAbbreviatedTitleAfterAPlaceEndsThePlace) {
  Document doc = parley::analyze(
      "The ruling was welcomed by Utah Gov. Orla Quent and by Oklahoma Sen. Tobiah Quennel on Friday.\n");
  EXPECT_TRUE(has_span(doc, "Utah", Label::kGpe));
  EXPECT_TRUE(has_span(doc, "Oklahoma", Label::kGpe));
  EXPECT_FALSE(any_span(doc, "Utah Gov"));
  EXPECT_FALSE(any_span(doc, "Oklahoma Sen"));
  EXPECT_TRUE(has_span(doc, "Orla Quent", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Tobiah Quennel", Label::kPerson));
}

TEST(EntitiesForms, ACountryOpensABodyNamedInATitle) {
  Document doc = parley::analyze(
      "The issue was discussed with the head of the Russian Ministry of Energy Daniel Quennel on Monday.\n");
  EXPECT_TRUE(has_span(doc, "Russian Ministry of Energy", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Daniel Quennel", Label::kPerson));
}

TEST(EntitiesForms, AOneWordPlaceAfterAGivenNameIsTheSurname) {
  Document doc = parley::analyze("Lena Jordan scored thirty points for the visitors on Sunday.\n");
  EXPECT_TRUE(has_span(doc, "Lena Jordan", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Jordan", Label::kGpe));
}

TEST(EntitiesForms, AnOpeningAdverbIsNoPartOfAName) {
  Document doc = parley::analyze(
      "Orla Quennel arrived on Monday.\nPreviously Quennel had worked at the port for a decade.\n");
  EXPECT_FALSE(any_span(doc, "Previously Quennel"));
  EXPECT_TRUE(has_span(doc, "Quennel", Label::kPerson));
}

TEST(EntitiesForms, ALegislativeChamberAloneIsABody) {
  Document doc = parley::analyze(
      "The bill passed the House on Tuesday, and the Legislature of the state will take it up in May.\n");
  EXPECT_TRUE(has_span(doc, "House", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Legislature", Label::kOrg));
}

TEST(EntitiesForms, ABodysWordsInAnotherOrderAreTheBody) {
  Document doc = parley::analyze(
      "Quennel studied at the Harwick Institute of Thermal Energy in the nineties.\n"
      "Later the Harwick Thermal Energy Institute made him its director.\n");
  const Entity* e = entity_of(doc, "Harwick Institute of Thermal Energy");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e, entity_of(doc, "Harwick Thermal Energy Institute"));
}

TEST(EntitiesForms, AmericanStateAbbreviationsAreTheState) {
  Document doc = parley::analyze("The plant in Hershey, Pa., closed. Pennsylvania inspectors came on Monday.\n");
  const Entity* e = entity_of(doc, "Pa.");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->label, Label::kGpe);
  EXPECT_EQ(e, entity_of(doc, "Pennsylvania"));
}

TEST(EntitiesForms, AKnownPlaceAfterASecondOfIsNoPartOfTheBody) {
  Document doc = parley::analyze(
      "Samples went to the National Institute of Marine Soils of South Africa on Monday.\n"
      "The Ministry of Health of Malawi confirmed two cases.\n");
  EXPECT_TRUE(has_span(doc, "National Institute of Marine Soils", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "South Africa", Label::kGpe));
  EXPECT_TRUE(has_span(doc, "Ministry of Health of Malawi", Label::kOrg));
}

TEST(EntitiesForms, AndOrAnAmpersandJoinTheSameBody) {
  Document doc = parley::analyze(
      "The Harwick Department of Soils & Water Services wrote first.\n"
      "Later the Harwick Department of Soils and Water Services replied.\n");
  const Entity* e = entity_of(doc, "Harwick Department of Soils & Water Services");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e, entity_of(doc, "Harwick Department of Soils and Water Services"));
}

TEST(EntitiesForms, AKnownNameIsNoShortFormOfALongerOne) {
  Document doc = parley::analyze(
      "The White House said on Monday that the Speaker of the House had accepted the invitation.\n");
  const Entity* house = entity_of(doc, "House");
  ASSERT_NE(house, nullptr);
  EXPECT_NE(house, entity_of(doc, "White House"));
}

TEST(EntitiesForms, APlaceBeforeAConceptsWordsIsNoCompany) {
  Document doc = parley::analyze(
      "The two countries signed the Indonesia Comprehensive Strategic Partnership in May.\n"
      "Officials called the partnership comprehensive and strategic.\n");
  EXPECT_FALSE(any_span(doc, "Indonesia Comprehensive Strategic Partnership"));
  EXPECT_TRUE(has_span(doc, "Indonesia", Label::kGpe));
}

TEST(EntitiesForms, APartyOrNationalityAfterABodyIsItsMembersNotTheBody) {
  Document doc = parley::analyze("House Republicans passed the bill on Friday, and Senate Democrats objected.\n");
  EXPECT_TRUE(has_span(doc, "House", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Republicans", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "Democrats", Label::kNorp));
  EXPECT_FALSE(any_span(doc, "House Republicans"));
}

TEST(EntitiesForms, AHeadlinesWordsAfterAKnownNameAreNoPartOfIt) {
  Document doc = parley::analyze(
      "Daniela Quennel-Ortiz Slams Harbour Bill\n"
      "Daniela Quennel-Ortiz spoke against the bill on Friday.\n");
  EXPECT_FALSE(any_span(doc, "Daniela Quennel-Ortiz Slams"));
  const Entity* e = entity_of(doc, "Daniela Quennel-Ortiz");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->label, Label::kPerson);
}

TEST(EntitiesForms, AnUnknownTitleBeforeAGivenNameIsNoPartOfTheName) {
  Document doc = parley::analyze(
      "The vote was called by Supervisor Sheila Quennel on Monday, and she won it.\n"
      "Press Secretary Karine Jean-Pierre said the talks would go on.\n");
  EXPECT_TRUE(has_span(doc, "Sheila Quennel", Label::kPerson));
  EXPECT_FALSE(any_span(doc, "Supervisor Sheila Quennel"));
  EXPECT_TRUE(has_span(doc, "Karine Jean-Pierre", Label::kPerson));
}

TEST(EntitiesForms, AFactoryOrEnterprisesClosesABodysName) {
  Document doc = parley::analyze(
      "In 1989, Quennel took over the Harwick Yungang Garment General Factory, which was in trouble.\n"
      "Later Dunmore Enterprises bought it.\n");
  EXPECT_TRUE(has_span(doc, "Harwick Yungang Garment General Factory", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Dunmore Enterprises", Label::kOrg));
}

TEST(EntitiesForms, APlaceThatIsAFullNamesSurnameIsThePerson) {
  Document doc = parley::analyze(
      "Lena Jordan scored thirty points for the visitors on Sunday.\n"
      "Jordan later thanked the fans, and the team flew to Jordan for a friendly.\n");
  const Entity* e = entity_of(doc, "Lena Jordan");
  ASSERT_NE(e, nullptr);
  bool person_alone = false, place_alone = false;
  for (const auto& x : doc.entities)
    for (const auto& m : x.mentions)
      if (doc.slice(m.start, m.end) == "Jordan") {
        person_alone |= &x == e;
        place_alone |= x.label == Label::kGpe;
      }
  EXPECT_TRUE(person_alone);  // "Jordan later thanked"
  EXPECT_TRUE(place_alone);   // "flew to Jordan"
}

TEST(EntitiesForms, APlaceThatIsAGivenNameBeforeOneCapitalIsAPerson) {
  Document doc = parley::analyze("CNN meteorologist Chad Quennel said the storm would move east.\n");
  EXPECT_TRUE(has_span(doc, "Chad Quennel", Label::kPerson));
  EXPECT_FALSE(has_span(doc, "Chad Quennel", Label::kOrg));
}

}  // namespace
