package ir.guild.registry.hostile;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.certification.Track;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.web.DeskFixtures;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.partner.ShareScope;
import ir.guild.registry.web.Language;

/**
 * Real records for the forms that act on one, each made fresh through the services, so that a
 * hostile post meets a record its sender may act on and reaches the form's own validation.
 */
@ApplicationScoped
class SweptRecords {

    /** A page drawn for a record, the template that draws it, and a way to read the record's rows. */
    record RecordPage(String path, String template, Supplier<String> rows) {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final MemberFixtures members;
    private final CertificationFixtures certification;
    private final IssuedCertificates certificates;
    private final LegalAidFixtures legalAid;
    private final DeskFixtures desk;
    private final PartnerFixtures partners;
    private final ApplicationService applications;
    private final EntityManager em;

    SweptRecords(MemberFixtures members, CertificationFixtures certification, IssuedCertificates certificates,
            LegalAidFixtures legalAid, DeskFixtures desk, PartnerFixtures partners, ApplicationService applications,
            EntityManager em) {
        this.members = members;
        this.certification = certification;
        this.certificates = certificates;
        this.legalAid = legalAid;
        this.desk = desk;
        this.partners = partners;
        this.applications = applications;
        this.em = em;
    }

    private static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    /** The member an identity of the sweep signs in as, approved the first time. */
    Member member(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Member.currentOf(subject))
                .orElseGet(() -> members.approve(subject));
    }

    /** Every column of the rows {@code sql} selects, to compare before and after a post. */
    String rows(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> result = query.getResultList();
            return Arrays.deepToString(result.toArray());
        });
    }

    private Track freshTrack() {
        return certification.track("HOSTILE_" + NEXT.incrementAndGet());
    }

    // ------------------------------------------------------------------ a member's own records

    RecordPage shareCode(String subject) {
        Member member = member(subject);
        long id = partners.code(member, ShareScope.MEMBERSHIP, unique("hostile code")).shareCode().id;
        return new RecordPage("/me/sharing", "SharingPage/sharing.html",
                () -> rows("select * from share_code where id = ?1", id));
    }

    RecordPage requestNeedingInfo(String subject) {
        long id = certification.needingInfo(member(subject), freshTrack(), 1).id;
        return request("/me/certifications/requests/" + id, "MyCertificationsPage/request.html", id);
    }

    RecordPage ownCase(String subject) {
        long id = legalAid.filedBy(member(subject)).id;
        return legalCase("/me/legal-aid/" + id, "MyLegalAidPage/detail.html", id);
    }

    // ------------------------------------------------------------------ the desks' records

    RecordPage submittedRequest() {
        long id = certification.request(member("hostile-requester"), freshTrack(), 1).id;
        return request("/assessor/requests/" + id, "AssessorPage/request.html", id);
    }

    RecordPage unclaimedCase() {
        LegalAidCase filed = legalAid.filedBy(member("hostile-client"));
        return legalCase("/counsel/cases/" + filed.id, "CounselPage/detail.html", filed.id);
    }

    RecordPage caseClaimedBy(String counsel) {
        long id = legalAid.claim(legalAid.filedBy(member("hostile-client")).id, LegalAidFixtures.counsel(counsel)).id;
        return legalCase("/counsel/cases/" + id, "CounselPage/detail.html", id);
    }

    /** An open case an admin sees on the desk, with a counsel the desk knows to assign it to. */
    RecordPage caseToAssign() {
        desk.knownCounsel(LegalAidFixtures.counsel("hostile-known-counsel"));
        return unclaimedCase();
    }

    private RecordPage request(String path, String template, long id) {
        return new RecordPage(path, template, () -> rows("select * from certification_request where id = ?1", id)
                + rows("select count(*) from certification_evidence_file where request_id = ?1", id));
    }

    private RecordPage legalCase(String path, String template, long id) {
        return new RecordPage(path, template, () -> rows("select * from legal_aid_case where id = ?1", id)
                + rows("select count(*) from legal_aid_case_entry where case_id = ?1", id)
                + rows("select count(*) from legal_aid_document where case_id = ?1", id));
    }

    // ------------------------------------------------------------------ the admins' records

    RecordPage pendingApplication() {
        String subject = unique("hostile-applicant");
        long id = applications.submit(new CurrentPerson(subject, subject, subject, subject + "@example.org", Set.of()),
                Applicants.record(Applicants.nationalId()), Language.FA).id;
        return new RecordPage("/admin/applications/" + id, "AdminApplicationsPage/application.html",
                () -> rows("select * from membership_application where id = ?1", id)
                        + rows("select count(*) from member where application_id = ?1", id));
    }

    RecordPage activeMember() {
        return memberPage(members.approve(unique("hostile-held")));
    }

    RecordPage suspendedMember() {
        return memberPage(members.suspended(unique("hostile-held")));
    }

    private RecordPage memberPage(Member member) {
        String number = member.membershipNumber;
        return new RecordPage("/admin/members/" + number, "AdminMembersPage/member.html",
                () -> rows("select * from member where membership_number = ?1", number));
    }

    RecordPage partner(PartnerStatus status) {
        String clientId = unique("hostile-firm");
        PartnerFirm firm = partners.firm("Firm " + clientId, clientId, status);
        long id = firm.id;
        return new RecordPage("/admin/partners/" + id, "AdminPartnersPage/partner.html",
                () -> rows("select * from partner_firm where id = ?1", id));
    }

    RecordPage track() {
        String code = freshTrack().code;
        return new RecordPage("/admin/tracks/" + code, "AdminTracksPage/form.html",
                () -> rows("select * from certification_track where code = ?1", code));
    }

    RecordPage newTrack() {
        // Other posts of the sweep add tracks meanwhile: no row of its own to compare.
        return new RecordPage("/admin/tracks/new", "AdminTracksPage/form.html", () -> "");
    }

    RecordPage certificate() {
        Certificate certificate = certificates.valid(members.approve(unique("hostile-holder")));
        long id = certificate.id;
        return new RecordPage("/admin/certificates?q=" + certificate.publicCode, "AdminCertificatesPage/lookup.html",
                () -> rows("select * from certificate where id = ?1", id));
    }

    RecordPage auditLog() {
        // Verifying the chain writes nothing the sweep could tell from its other posts' entries.
        return new RecordPage("/admin/audit", "AdminAuditPage/list.html", () -> "");
    }
}
