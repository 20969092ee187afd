using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Back-references that used to leave a claim unchecked (issue 15): a pronoun after places one went to ("He flew from
/// Nauru to Namibia"), a description by office with a plain age ("The former prime minister is 65"), an age description
/// of a trade's child ("the vicar's daughter") and one whose age fits only one of the people named. Each wrong claim has
/// a true twin in the same words; two people that fit, a name that may be a person's and someone else's relation stay
/// silent.
/// </summary>
public sealed class BackReferenceRecallTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He flew from Nauru to Namibia last week. He is 61.", "61", "contradicted", "64")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He flew from Nauru to Namibia last week. He is 64.", "64", "supported", null)]
    [InlineData("Tony Blair spoke on Monday. He had travelled back from Tuvalu via Fiji. He is 60.", "60", "contradicted", "62")]
    [InlineData("Tony Blair spoke on Monday. He had travelled back from Tuvalu via Fiji. He is 62.", "62", "supported", null)]
    [InlineData("Tony Blair spoke on Monday. He flew on to Lusaka. He is 61.", "61", "contradicted", "62")]
    [InlineData("Tony Blair spoke on Monday. He flew on to Lusaka. He is 62.", "62", "supported", null)]
    [InlineData("Tony Blair spoke on Monday. He had shuttled between Kenya and Egypt. He is 61.", "61", "contradicted", "62")]
    [InlineData("Tony Blair spoke on Monday. He had shuttled between Kenya and Egypt. He is 62.", "62", "supported", null)]
    [InlineData("Tony Blair spoke on Monday. He had met the president of Kenya. He is 61.", "61", "contradicted", "62")]
    [InlineData("Tony Blair spoke on Monday. He had met the president of Kenya. He is 62.", "62", "supported", null)]
    public void A_place_one_went_to_names_no_one_else(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2015-06-10", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    // Written to, met, or handed from one to another: the word may be a person's name.
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He wrote to Jordan last week. He is 61.")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He met Jordan last week. He is 61.")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. The post passed from Berg to Lund. He is 61.")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He met the son of Lund. He is 61.")]
    // Two words, or a possessive: a person's name may be meant.
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He went to Anna Lund for advice. He is 61.")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He flew to Jordan's house. He is 61.")]
    [InlineData("Gordon Brown arrived in Leeds on Tuesday. He had talks between Berg and Lund. He is 61.")]
    public void A_word_that_may_be_a_person_keeps_the_pronoun_silent(string text)
        => CheckAssert.None(Starter, text, "2015-06-10", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Gordon Brown spoke in Leeds as a former Prime Minister.\n\nThe veteran campaigner, 62, now has plans.", "62", "contradicted", "64")]
    [InlineData("Gordon Brown spoke in Leeds as a former Prime Minister.\n\nThe veteran campaigner, 64, now has plans.", "64", "supported", null)]
    public void A_capitalized_title_names_no_one_else_before_a_description(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2015-06-10", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("Gordon Brown opened the debate. The former prime minister is 65.", "65", "contradicted", "64")]
    [InlineData("Gordon Brown opened the debate. The former prime minister is 64.", "64", "supported", null)]
    [InlineData("Gordon Brown opened the debate. The ex-prime minister is 61.", "61", "contradicted", "64")]
    [InlineData("Gordon Brown opened the debate. The ex-prime minister is 64.", "64", "supported", null)]
    public void A_plain_age_of_a_description_by_office_is_the_holders(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2015-06-10", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Fact]
    public void Two_holders_named_keep_a_description_by_office_silent()
        => CheckAssert.None(Starter, "Gordon Brown and Tony Blair opened the debate. The former prime minister is 65.", "2015-06-10", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Anders Fogh Rasmussen spoke in Brussels. The alliance's 29 members agreed.", "29", "contradicted", "28")]
    [InlineData("Anders Fogh Rasmussen spoke in Brussels. The alliance's 28 members agreed.", "28", "supported", null)]
    [InlineData("Anders Fogh Rasmussen met Gordon Brown in Brussels. The alliance's 27 members agreed.", "27", "contradicted", "28")]
    [InlineData("Anders Fogh Rasmussen met Gordon Brown in Brussels. The alliance's 28 members agreed.", "28", "supported", null)]
    public void A_description_of_a_body_stands_for_the_one_a_named_person_led(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2014-09-20", RuleCatalog.Count.Name, span, verdict, expected, expected);

    [Theory]
    // No one named held an office of an alliance; or the bloc and the alliance are two bodies.
    [InlineData("Gordon Brown spoke in Brussels. The alliance's 29 members agreed.")]
    [InlineData("Gordon Brown spoke in Brussels on the European Union. The alliance's 29 members agreed.")]
    public void A_description_no_named_person_led_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2014-09-20", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Theresa May spoke in Leeds on Friday.\n\nThe 57-year-old vicar's daughter said little.", "57", "contradicted", "58")]
    [InlineData("Theresa May spoke in Leeds on Friday.\n\nThe 58-year-old vicar's daughter said little.", "58", "supported", null)]
    [InlineData("Theresa May spoke in Leeds on Friday, a day after the European Union met.\n\nThe 56-year-old miner's daughter, who grew up in the north, said little.", "56", "contradicted", "58")]
    [InlineData("Theresa May spoke in Leeds on Friday, a day after the European Union met.\n\nThe 58-year-old miner's daughter, who grew up in the north, said little.", "58", "supported", null)]
    public void An_age_description_of_a_trades_child_is_the_person(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2015-06-10", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    // The spokesman, the son: someone of the minister's or the president's, whose age it may be.
    [InlineData("Tony Blair spoke in Leeds on Friday. The 57-year-old minister's spokesman said little.")]
    [InlineData("Tony Blair spoke in Leeds on Friday. The 60-year-old president's son said little.")]
    [InlineData("Tony Blair spoke in Leeds on Friday. The 60-year-old leader's daughter said little.")]
    public void A_relation_of_someone_else_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2015-06-10", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Martti Ahtisaari died in Helsinki on Monday, a week after Tarja Halonen had visited him.\n\nThe 87-year-old had been ill for months.", "87", "contradicted", "86")]
    [InlineData("Martti Ahtisaari died in Helsinki on Monday, a week after Tarja Halonen had visited him.\n\nThe 86-year-old had been ill for months.", "86", "supported", null)]
    public void Of_several_people_the_one_near_the_age_is_meant(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2023-10-16", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    // Both within a year of it; or the age near someone other than the sentence's topic.
    [InlineData("Tony Blair handed over to Gordon Brown in Leeds. The 63-year-old said little.")]
    [InlineData("Gordon Brown welcomed Theresa May in Leeds. The 57-year-old said little.")]
    // Another person in the sentence, known or not, acting on the description or beside the topic.
    [InlineData("Gordon Brown met Theresa May, who welcomed the 61-year-old lawyer warmly.")]
    [InlineData("Gordon Brown met Anna Lindqvist in Leeds. The 61-year-old said little.")]
    public void An_age_that_does_not_single_out_the_topic_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2015-06-10", RuleCatalog.Age.Name);
}
