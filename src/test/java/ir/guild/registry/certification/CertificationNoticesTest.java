package ir.guild.registry.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.notify.ChosenChannels;
import ir.guild.registry.web.Language;

/**
 * Every certification notice reaches a member who chose SMS as one short line and a link, in
 * the language of the request; the assessor's and the revoker's reasons stay in the email.
 */
@QuarkusTest
class CertificationNoticesTest {

    private static final String URL = "http://127.0.0.1:8080";
    private static final String SUBJECT = "notices-cert";
    private static final String REASON = "The linked repository is private";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CertificationRequestService requests;

    @Inject
    CertificateService certificates;

    @Inject
    ChosenChannels channels;

    private Track track;
    private Track other;
    private Member member;

    @BeforeEach
    void oneMemberWhoChoseSms() {
        fixtures.clear();
        channels.forget(SUBJECT);
        track = fixtures.track("BACKEND_JAVA");
        other = fixtures.track("NOTICES_OTHER");
        member = fixtures.member(SUBJECT);
        channels.sms(SUBJECT);
    }

    @AfterEach
    void forget() {
        channels.forget(SUBJECT);
    }

    private CertificationRequest requested(Language language) {
        return requested(track, language);
    }

    private CertificationRequest requested(Track on, Language language) {
        return fixtures.reload(requests.submit(CertificationFixtures.person(member),
                new RequestForm(on.code, "2", CertificationFixtures.EVIDENCE, List.of(CertificationFixtures.LINK)),
                language).id);
    }

    private void decide(CertificationRequest request, String decision, String reason) {
        requests.decide(request.id, new DecisionForm(decision, null, reason, request.version),
                CertificationFixtures.ASSESSOR, Language.EN);
    }

    private void onlySms(long outboxId, String text, String link) {
        assertThat(channels.smsAfter(outboxId)).singleElement().satisfies(sms -> {
            assertThat(sms.accountSubject()).isEqualTo(SUBJECT);
            assertThat(sms.text()).isEqualTo(text + "\n" + URL + link).doesNotContain(REASON,
                    CertificationFixtures.EVIDENCE, CertificationFixtures.LINK, member.fullName);
        });
    }

    private OutgoingMail onlyMail(long outboxId) {
        assertThat(members.mailsAfter(outboxId)).hasSize(1);
        return members.mailsAfter(outboxId).get(0);
    }

    @Test
    void aGrantSmsNamesThePublicCodeAndLinksToItsCheck() {
        CertificationRequest request = requested(Language.FA);
        long before = members.lastOutboxId();
        decide(request, "GRANT", null);
        Certificate certificate = fixtures.certificateOfRequest(request.id);
        onlySms(before, "گواهی شما با کد " + certificate.displayCode() + " صادر شد.",
                "/verify/" + certificate.displayCode());
    }

    @Test
    void aDenialSmsLeavesTheReasonToTheEmail() {
        CertificationRequest request = requested(Language.FA);
        long before = members.lastOutboxId();
        decide(request, "DENY", REASON);
        onlySms(before, "درخواست گواهی شما پذیرفته نشد.", "/me/certifications");
        assertThat(onlyMail(before).text()).contains(REASON);
    }

    @Test
    void aRequestForInformationSmsLinksToTheRequestsWithoutTheQuestion() {
        CertificationRequest request = requested(Language.FA);
        long before = members.lastOutboxId();
        decide(request, "REQUEST_INFO", REASON);
        onlySms(before, "درخواست گواهی شما به اطلاعات بیشتری نیاز دارد؛ آن را در سامانه کامل کنید.",
                "/me/certifications");
        assertThat(onlyMail(before).text()).contains(REASON);
    }

    @Test
    void aRevocationSmsNamesTheCodeButNotTheReason() {
        Certificate certificate = fixtures.granted(member, track, 2);
        long before = members.lastOutboxId();
        certificates.revoke(certificate.id, REASON, certificate.version, CertificationFixtures.ADMIN, Language.EN);
        // The member applied in Persian: the revocation speaks their language.
        onlySms(before, "گواهی شما با کد " + certificate.displayCode() + " باطل شد.", "/me/certifications");
        assertThat(onlyMail(before).text()).contains(REASON);
    }

    /** The notices speak the member's language, whatever language the request was sent in. */
    @Test
    void anEnglishSpeakingMemberIsToldOfEveryDecisionAndARevocationInEnglish() {
        fixtures.clear();
        member = members.approve(SUBJECT, Applicants.record(Applicants.nationalId()), "MEMBER", Language.EN);
        track = fixtures.track("BACKEND_JAVA");
        other = fixtures.track("NOTICES_OTHER");
        CertificationRequest request = requested(Language.EN);
        long before = members.lastOutboxId();
        decide(request, "GRANT", null);
        Certificate certificate = fixtures.certificateOfRequest(request.id);
        onlySms(before, "Your certificate " + certificate.displayCode() + " is issued.",
                "/verify/" + certificate.displayCode());

        before = members.lastOutboxId();
        certificates.revoke(certificate.id, REASON, certificate.version, CertificationFixtures.ADMIN, Language.EN);
        onlySms(before, "Your certificate " + certificate.displayCode() + " is revoked.", "/me/certifications");

        CertificationRequest asked = requested(other, Language.FA);
        before = members.lastOutboxId();
        decide(asked, "REQUEST_INFO", REASON);
        onlySms(before, "Your certification request needs more information: please complete it in the registry.",
                "/me/certifications");

        CertificationRequest denied = requested(fixtures.track("NOTICES_THIRD"), Language.FA);
        before = members.lastOutboxId();
        decide(denied, "DENY", REASON);
        onlySms(before, "Your certification request is not granted.", "/me/certifications");
        assertThat(onlyMail(before).text()).contains(REASON);
    }
}
