package ir.guild.registry.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid application bodies for tests, each with a fresh valid national ID. */
public final class Applicants {

    private Applicants() {
    }

    /** A random valid national ID (check digit computed as the law defines it). */
    public static String nationalId() {
        while (true) {
            int[] d = new int[10];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += d[i] * (10 - i);
            }
            int r = sum % 11;
            d[9] = r < 2 ? r : 11 - r;
            StringBuilder id = new StringBuilder();
            boolean allSame = true;
            for (int digit : d) {
                id.append(digit);
                allSame &= digit == d[0];
            }
            if (!allSame) {
                return id.toString();
            }
        }
    }

    /** The same valid form as the service takes it. */
    public static ApplicationForm record(String nationalId) {
        return new ApplicationForm("سارا رضایی", "Sara Rezaei", nationalId, "1995-03-04", "sara@example.org",
                "09121234567", "TEHRAN", "تهران", "BACHELOR", "مهندسی کامپیوتر", "6", List.of("BACKEND", "DEVOPS"),
                "EMPLOYED_FULL_TIME", "شرکت نمونه", "https://github.com/sara", "می‌خواهم در صنف فعال باشم.",
                new ApplicationForm.Consents(true, true, true));
    }

    public static Map<String, Object> form(String nationalId) {
        Map<String, Object> form = new HashMap<>();
        form.put("fullName", "سارا رضایی");
        form.put("fullNameLatin", "Sara Rezaei");
        form.put("nationalId", nationalId);
        form.put("birthDate", "1995-03-04");
        form.put("email", "sara@example.org");
        form.put("mobile", "09121234567");
        form.put("province", "TEHRAN");
        form.put("city", "تهران");
        form.put("educationLevel", "BACHELOR");
        form.put("fieldOfStudy", "مهندسی کامپیوتر");
        form.put("yearsOfExperience", 6);
        form.put("specialties", List.of("BACKEND", "DEVOPS"));
        form.put("employmentStatus", "EMPLOYED_FULL_TIME");
        form.put("employer", "شرکت نمونه");
        form.put("portfolioUrl", "https://github.com/sara");
        form.put("motivation", "می‌خواهم در صنف فعال باشم.");
        form.put("consents", Map.of("terms", true, "privacy", true, "directory", true));
        return form;
    }
}
