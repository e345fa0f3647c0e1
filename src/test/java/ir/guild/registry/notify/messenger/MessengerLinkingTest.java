package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.notify.CapturedLog;
import ir.guild.registry.notify.ContactChannels;
import ir.guild.registry.notify.LinkingFixtures;
import ir.guild.registry.notify.MessengerLinkTexts;
import ir.guild.registry.notify.MessengerLinking;
import ir.guild.registry.outbox.OutboxRelay;

/** Linking a chat end to end: the running app polls the fake platform and answers in the chat. */
@QuarkusTest
@TestProfile(LinkingBot.class)
class MessengerLinkingTest {

    static final String LINKED_ACCOUNT = LinkingFixtures.both(MessengerLinkTexts::chat_linked_account);
    static final String INVALID = LinkingFixtures.both(MessengerLinkTexts::chat_invalid);
    static final String UNLINKED = LinkingFixtures.both(MessengerLinkTexts::chat_unlinked);

    @Inject
    MessengerLinking linking;

    @Inject
    LinkingFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    OutboxRelay relay;

    private CapturedLog log;
    private final java.util.List<String> codesShown = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void clean() {
        fixtures.clear();
        log = new CapturedLog("ir.guild.registry");
    }

    @AfterEach
    void noCodeWasLogged() {
        log.close();
        assertThat(codesShown).allSatisfy(code -> assertThat(log.all()).as("the log")
                .doesNotContain(code).doesNotContainIgnoringCase(code.substring(0, 4) + "-" + code.substring(4)));
        assertThat(log.all()).doesNotContain(LinkingBot.TOKEN);
    }

    private String code(String account) {
        String code = linking.newCode(account).code();
        codesShown.add(code);
        return code;
    }

    private static String linkedTo(Member member) {
        return LinkingFixtures.both(texts -> texts.chat_linked_member(member.membershipNumber));
    }

    @Test
    void aMemberSendingTheirCodeLinksTheChatAndIsToldWhichMembershipInPersianThenEnglish() throws Exception {
        Member member = members.approve("link-1");
        String code = code("link-1");

        FakeBotApi.Request answer = LinkingBot.say(9001, code);

        assertThat(answer.path()).isEqualTo("/bot" + LinkingBot.TOKEN + "/sendMessage");
        assertThat(answer.json().path("chat_id").asLong()).isEqualTo(9001);
        String text = answer.json().path("text").asText();
        assertThat(text).isEqualTo(linkedTo(member));
        assertThat(text).startsWith("این گفتگو به عضویت " + member.membershipNumber)
                .contains("\n\nThis chat is now linked to membership " + member.membershipNumber)
                .doesNotContain(member.fullName).doesNotContain(member.nationalId).doesNotContain(code);
        assertThat(answer.json().has("reply_markup")).isFalse();
        ContactChannels channels = fixtures.channels("link-1").orElseThrow();
        assertThat(channels.messengerChatId).isEqualTo(9001);
        assertThat(channels.messengerChosen).as("linking is choosing the messenger").isTrue();
        assertThat(fixtures.usedAt(code)).isPresent();
        assertThat(fixtures.storedCodes()).singleElement().asString().doesNotContain(code);
        assertThat(log.all()).as("the log is captured").contains("linked to an account by a one-time code");
    }

    @Test
    void theCodeMayComeAfterStartInLowerCaseWithADashAndPersianDigits() throws Exception {
        String code = code("link-2");
        String typed = toPersianDigits(code.substring(0, 4) + "-" + code.substring(4)).toLowerCase();

        String text = LinkingBot.say(9002, "  /start " + typed + " ").json().path("text").asText();

        assertThat(text).as("someone without a membership: no number").isEqualTo(LINKED_ACCOUNT);
        assertThat(fixtures.chatOf("link-2")).contains(9002L);
    }

    @Test
    void theSameMessageHandedOnAgainAnswersLinkedAndChangesNothing() throws Exception {
        String code = code("link-3");
        LinkingBot.say(9003, code);
        Instant linkedAt = fixtures.channels("link-3").orElseThrow().messengerLinkedAt;

        String again = LinkingBot.say(9003, code).json().path("text").asText();

        assertThat(again).isEqualTo(LINKED_ACCOUNT);
        assertThat(fixtures.channels("link-3").orElseThrow().messengerLinkedAt).isEqualTo(linkedAt);
    }

    @Test
    void anExpiredCodeIsRefusedWithWhereToGetANewOne() throws Exception {
        String code = code("link-4");
        fixtures.expireCodesOf("link-4");

        FakeBotApi.Request answer = LinkingBot.say(9004, code);

        assertThat(answer.json().path("chat_id").asLong()).isEqualTo(9004);
        assertThat(answer.json().path("text").asText()).isEqualTo(INVALID)
                .contains("صفحه تنظیمات اعلان‌ها").contains("notification settings page");
        assertThat(fixtures.chatOf("link-4")).isEmpty();
    }

    @Test
    void aCodeUsedByOneChatDoesNotLinkAnother() throws Exception {
        String code = code("link-5");
        LinkingBot.say(9005, code);

        assertThat(LinkingBot.say(9055, code).json().path("text").asText()).isEqualTo(INVALID);

        assertThat(fixtures.chatOf("link-5")).contains(9005L);
    }

    @Test
    void unknownCodesAndOtherTextAreRefusedAndStartAloneSaysHowToLink() throws Exception {
        code("link-6");
        assertThat(LinkingBot.say(9006, "ZZZZ-ZZZZ").json().path("text").asText()).isEqualTo(INVALID);
        assertThat(LinkingBot.say(9006, "سلام").json().path("text").asText()).isEqualTo(INVALID);
        assertThat(LinkingBot.say(9006, "/start").json().path("text").asText())
                .isEqualTo(LinkingFixtures.both(MessengerLinkTexts::chat_start));
        assertThat(fixtures.chatOf("link-6")).isEmpty();
    }

    @Test
    void aNewCodeVoidsTheEarlierUnusedOne() throws Exception {
        String first = code("link-7");
        String second = code("link-7");

        assertThat(LinkingBot.say(9007, first).json().path("text").asText()).isEqualTo(INVALID);
        assertThat(LinkingBot.say(9007, second).json().path("text").asText()).isEqualTo(LINKED_ACCOUNT);
    }

    @Test
    void anotherAccountsCodeSentFromALinkedChatMovesTheChat() throws Exception {
        LinkingBot.say(9008, code("link-8a"));
        fixtures.link("link-8b", 9088);

        LinkingBot.say(9008, code("link-8b"));

        assertThat(fixtures.chatOf("link-8b")).contains(9008L);
        ContactChannels before = fixtures.channels("link-8a").orElseThrow();
        assertThat(before.messengerChatId).isNull();
        assertThat(before.messengerChosen).isFalse();
    }

    @Test
    void stopInTheChatUnlinksItAndConfirms() throws Exception {
        LinkingBot.say(9009, code("link-9"));

        assertThat(LinkingBot.say(9009, "/stop").json().path("text").asText()).isEqualTo(UNLINKED);
        assertThat(fixtures.chatOf("link-9")).isEmpty();

        assertThat(LinkingBot.say(9009, "/stop").json().path("text").asText())
                .isEqualTo(LinkingFixtures.both(MessengerLinkTexts::chat_not_linked));
        LinkingBot.say(9009, code("link-9"));
        assertThat(LinkingBot.say(9009, "Unlink").json().path("text").asText()).isEqualTo(UNLINKED);
        assertThat(fixtures.chatOf("link-9")).isEmpty();
    }

    @Test
    void unlinkingFromTheAppTellsTheChatThroughTheOutboxOnce() throws Exception {
        LinkingBot.say(9010, code("link-10"));

        assertThat(linking.unlink("link-10")).isTrue();
        assertThat(linking.unlink("link-10")).as("nothing linked any more").isFalse();

        assertThat(fixtures.chatOf("link-10")).isEmpty();
        assertThat(fixtures.outboxMessages(MessengerLinking.UNLINKED)).isEqualTo(1);
        int before = LinkingBot.sentCount();
        relay.deliverDue();
        FakeBotApi.Request told = LinkingBot.nextSent(before);
        assertThat(told.json().path("chat_id").asLong()).isEqualTo(9010);
        assertThat(told.json().path("text").asText()).isEqualTo(UNLINKED);
        relay.deliverDue();
        assertThat(LinkingBot.sentCount()).isEqualTo(before + 1);
    }

    @Test
    void aChatLinkedAgainBeforeTheUnlinkedMessageGoesIsNotToldItWasUnlinked() throws Exception {
        LinkingBot.say(9011, code("link-11"));
        linking.unlink("link-11");
        LinkingBot.say(9011, code("link-11"));
        int before = LinkingBot.sentCount();

        relay.deliverDue();

        assertThat(LinkingBot.sentCount()).isEqualTo(before);
        assertThat(fixtures.chatOf("link-11")).contains(9011L);
    }

    private static String toPersianDigits(String text) {
        StringBuilder persian = new StringBuilder();
        for (char c : text.toCharArray()) {
            persian.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return persian.toString();
    }
}
