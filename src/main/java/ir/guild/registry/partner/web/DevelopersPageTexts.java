package ir.guild.registry.partner.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the partner developers' guide at {@code /developers}, in Persian; English is in
 * {@code messages/developerPages_en.properties}. Templates use {@code developerPages:key}. The
 * code examples are not here: they are the same in every language (see DeveloperExamples).
 */
@MessageBundle(value = "developerPages", locale = "fa")
public interface DevelopersPageTexts {

    @Message("راهنمای برنامه‌نویسان شرکای صنف")
    String title();

    @Message("شرکت‌های شریک صنف از راه API و با رضایت خود عضو، عضویت و گواهی‌های مهارت او را بررسی می‌کنند و از تغییر وضعیتش باخبر می‌شوند. این صفحه هر آنچه برنامه‌نویسان شرکت برای این کار لازم دارند، با نمونه‌هایی که همان‌طور که هست اجرا می‌شوند، آورده است.")
    String lead();

    @Message("فهرست")
    String toc_title();

    @Message("دسترسی شرکت")
    String access_title();

    @Message("گرفتن توکن")
    String token_title();

    @Message("بررسی عضویت")
    String verify_title();

    @Message("بررسی گروهی")
    String batch_title();

    @Message("کد اشتراک: رضایت عضو")
    String share_title();

    @Message("خطاها")
    String errors_title();

    @Message("سقف درخواست‌ها")
    String limits_title();

    @Message("اعلان تغییر وضعیت (وب‌هوک)")
    String webhooks_title();

    @Message("مستند کامل API")
    String reference_title();

    @Message("مدیران صنف شرکت شما را با نام، شناسه ملی شرکت و نشانی ایمیل تماس ثبت می‌کنند. با ثبت، شرکت یک شناسه کلاینت (client id) و یک رمز کلاینت (client secret) می‌گیرد.")
    String access_text();

    @Message("رمز کلاینت فقط یک بار نشان داده می‌شود. اگر گم شد، از صنف بخواهید رمز تازه‌ای بسازد؛ رمز قبلی همان لحظه از کار می‌افتد.")
    String access_once();

    @Message("رمز را فقط روی سرور خودتان نگه دارید: هرگز در برنامه موبایل، کد مرورگر، مخزن کد یا لاگ‌ها نگذارید. هر کس رمز را داشته باشد به نام شرکت شما بررسی می‌کند.")
    String access_server_side();

    @Message("اگر صنف همکاری با شرکت را تعلیق کند، همه درخواست‌های آن بی‌درنگ با ۴۰۳ پاسخ می‌گیرند، حتی با توکنی که پیش‌تر گرفته شده است.")
    String access_suspended();

    @Message("هر درخواست به API یک توکن دسترسی (Bearer) لازم دارد. توکن را با گرنت client credentials از سرور هویت صنف (Keycloak) بگیرید:")
    String token_text();

    @Message("نشانی توکن در این سامانه:")
    String token_url_label();

    @Message("پاسخ، توکن و مدت اعتبار آن را به ثانیه دارد:")
    String token_response();

    @Message("توکن را تا نزدیک پایان اعتبارش دوباره به کار ببرید و برای هر بررسی توکن تازه نگیرید. در همه درخواست‌های بعدی آن را در سرآیند Authorization بفرستید.")
    String token_reuse();

    @Message("عضو شماره عضویت و یک کد اشتراک به شما می‌دهد. هر دو را به این نشانی بفرستید:")
    String verify_text();

    @Message("در شماره و کد، حروف کوچک و بزرگ، خط تیره و ارقام فارسی اهمیتی ندارند. سرآیند Accept-Language زبان پیام‌های خطا را تعیین می‌کند (fa یا en).")
    String verify_fields();

    @Message("اگر عضو با همین کد رضایت داده باشد، پاسخ چنین است:")
    String verified_text();

    @Message("وضعیت عضویت امروز: ACTIVE (فعال)، SUSPENDED (تعلیق)، EXPIRED (منقضی) یا REVOKED (لغو). فقط ACTIVE یعنی عضو معتبر صنف است.")
    String field_status();

    @Message("رده عضویت: ASSOCIATE، MEMBER یا SENIOR.")
    String field_grade();

    @Message("آخرین روز اعتبار عضویت (تاریخ میلادی ISO-8601).")
    String field_valid_until();

    @Message("فقط وقتی کد، گواهی‌ها را هم به اشتراک بگذارد: هر گواهی با کد عمومی، دوره، سطح، وضعیت (VALID، EXPIRED، SUSPENDED، REVOKED) و پایان اعتبار. هر گواهی با کدش در صفحه /verify هم دیده می‌شود.")
    String field_certificates();

    @Message("وقتی بررسی نشد")
    String not_verified_title();

    @Message("در غیر این صورت پاسخ، باز هم با وضعیت ۲۰۰، فقط این است:")
    String not_verified_text();

    @Message("این پاسخ هرگز نمی‌گوید چرا، و عمداً چنین است: شماره ناشناخته، کد نادرست، کد منقضی یا باطل‌شده و کد عضوی دیگر همه یک پاسخ می‌گیرند، تا کسی نتواند با حدس زدن بفهمد چه شماره‌ای وجود دارد. از عضو بخواهید کد تازه‌ای بسازد. هر بررسی، موفق یا ناموفق، ثبت می‌شود و عضو می‌بیند کدام شرکت و کی او را بررسی کرده است.")
    String not_verified_why();

    @Message("برای بررسی چند عضو در یک درخواست، تا {max} مورد را در items بفرستید. پاسخ برای هر مورد، به همان ترتیب، همان است که بررسی تکی می‌دهد. دسته‌ای با {maxPlusOne} مورد یا بیشتر با ۴۱۳ رد می‌شود.")
    String batch_text(String max, String maxPlusOne);

    @Message("عضو کد اشتراک را در صفحه /me/sharing (یا از راه API خود) می‌سازد و به شما می‌دهد. کد نشانه رضایت اوست و همه آنچه می‌بینید را محدود می‌کند:")
    String share_text();

    @Message("دامنه MEMBERSHIP: نام، شماره عضویت، وضعیت، رده و تاریخ اعتبار عضویت.")
    String share_scope_membership();

    @Message("دامنه MEMBERSHIP_AND_CERTIFICATES: همه موارد بالا، به‌همراه گواهی‌های مهارت عضو و وضعیت هر کدام.")
    String share_scope_certificates();

    @Message("هر کد از یک ساعت تا نود روز کار می‌کند و عضو هر وقت بخواهد می‌تواند آن را باطل کند. پس از آن، بررسی با آن کد پاسخ verified: false می‌گیرد و اشتراک‌های وب‌هوک آن متوقف می‌شوند.")
    String share_expiry();

    @Message("کد را فقط برای همان کاری که عضو برایش داده به کار ببرید و آن را مانند یک رمز نگه دارید.")
    String share_log();

    @Message("هر خطا با نوع application/problem+json (RFC 9457) پاسخ داده می‌شود: type، title، status و detail، و برای خطاهای ورودی فهرست errors که هر فیلد نادرست را نام می‌برد. پاسخ‌ها هیچ‌گاه جزئیات داخلی سامانه را ندارند.")
    String errors_text();

    @Message("کدهای وضعیت و معنای آن‌ها برای شرکت")
    String errors_caption();

    @Message("کد")
    String col_status();

    @Message("معنا")
    String col_meaning();

    @Message("چه کنید")
    String col_action();

    @Message("ورودی نادرست است: فیلدی نیامده، بیش از اندازه بلند است یا بدنه JSON خوانا نیست. errors هر فیلد را نام می‌برد، مثلاً items[1].shareCode.")
    String e400_meaning();

    @Message("درخواست را اصلاح کنید؛ تکرار بی‌تغییر آن همان پاسخ را می‌گیرد.")
    String e400_action();

    @Message("توکنی نیامده، یا نامعتبر یا منقضی است.")
    String e401_meaning();

    @Message("توکن تازه بگیرید و یک بار دیگر بفرستید.")
    String e401_action();

    @Message("توکن از آنِ یک شرکت شریک نیست، یا همکاری شرکت تعلیق شده است.")
    String e403_meaning();

    @Message("تکرار نکنید؛ با صنف تماس بگیرید.")
    String e403_action();

    @Message("اشتراک وب‌هوک پیدا نشد یا از آنِ شرکت دیگری است، یا شماره عضویت و کد اشتراک درخواست اشتراک با هیچ عضویتی جور نیست (بی‌آنکه دلیلش گفته شود)، یا نشانی نادرست است. بررسی عضویت هرگز ۴۰۴ نمی‌دهد.")
    String e404_meaning();

    @Message("شناسه و نشانی را بررسی کنید.")
    String e404_action();

    @Message("دسته بیش از {max} مورد دارد، یا بدنه درخواست بیش از اندازه بزرگ است.")
    String e413_meaning(String max);

    @Message("دسته را به چند دسته کوچک‌تر بشکنید.")
    String e413_action();

    @Message("شرکت به سقف درخواست‌های خود رسیده است.")
    String e429_meaning();

    @Message("به اندازه ثانیه‌هایی که سرآیند Retry-After می‌گوید صبر کنید، سپس دوباره بفرستید.")
    String e429_action();

    @Message("هر شرکت در هر بازه {amount} {#when unit}{#is SECONDS}ثانیه{#is MINUTES}دقیقه{#is HOURS}ساعت{/when} حداکثر {requests} بررسی انجام می‌دهد. این سقف برای هر شرکت جداگانه و روی همه سرورهای صنف یکسان شمرده می‌شود.")
    String limits_text(String requests, String amount, DevelopersPage.Span.Unit unit);

    @Message("دسته‌ای با n مورد، n بررسی شمرده می‌شود: دسته رفت‌وبرگشت‌ها را کم می‌کند، نه سقف را.")
    String limits_batch();

    @Message("بیش از سقف، پاسخ ۴۲۹ با سرآیند Retry-After است که می‌گوید چند ثانیه صبر کنید:")
    String limits_retry_after();

    @Message("به‌جای بررسی‌های پیاپی، می‌توانید برای عضوی که کد اشتراک داده مشترک شوید تا هر بار وضعیت عضویت یا یکی از گواهی‌های به‌اشتراک‌گذاشته‌اش تغییر کرد، صنف نشانی شما را صدا بزند. اشتراک تا وقتی کد اشتراک معتبر است برقرار است. نشانی باید https باشد.")
    String webhooks_text();

    @Message("اشتراک‌های شرکت را فهرست کنید، تلاش‌های تحویل هر کدام را ببینید، یا آن را حذف کنید:")
    String webhooks_manage();

    @Message("امضای فراخوانی‌ها")
    String signature_title();

    @Message("هر فراخوانی با رمز وب‌هوک شرکت شما امضا می‌شود؛ این رمز با رمز کلاینت فرق دارد. آن را با توکن شرکت بخوانید و روی سرور نگه دارید:")
    String signature_secret();

    @Message("هر فراخوانی یک POST با بدنه JSON و این سرآیندهاست:")
    String signature_headers();

    @Message("شناسه یکتای رویداد؛ در تلاش‌های دوباره برای همان رویداد ثابت می‌ماند.")
    String header_id();

    @Message("زمان امضا به ثانیه یونیکس.")
    String header_timestamp();

    @Message("امضا:")
    String header_signature();

    @Message("گیرنده پیش از هر کاری:")
    String signature_steps();

    @Message("بدنه را همان‌گونه که رسیده، بایت به بایت، نگه می‌دارد؛ JSON را پیش از بررسی امضا تجزیه و دوباره ساخته نمی‌کند.")
    String step_raw_body();

    @Message("فراخوانی‌ای را که زمانش بیش از ۵ دقیقه با ساعت خودش فاصله دارد رد می‌کند، تا فراخوانی ضبط‌شده دوباره پذیرفته نشود؛")
    String step_timestamp();

    @Message("امضا را خودش حساب می‌کند و با مقایسه‌ای با زمان ثابت با سرآیند می‌سنجد؛")
    String step_compare();

    @Message("با شناسه رویداد، رویداد تکراری را یک بار پردازش می‌کند: یک رویداد ممکن است بیش از یک بار برسد؛")
    String step_idempotent();

    @Message("زود با یک کد 2xx پاسخ می‌دهد و کار سنگین را بعداً انجام می‌دهد.")
    String step_answer();

    @Message("پوسته با openssl")
    String shell_title();

    @Message("نمونه کامل برای آزمودن")
    String example_title();

    @Message("بررسی امضای خود را با این مقادیر بیازمایید؛ باید همین امضا را بسازد. این رمز فقط نمونه است.")
    String example_text();

    @Message("رمز وب‌هوک")
    String example_secret();

    @Message("Guild-Webhook-Timestamp")
    String example_timestamp();

    @Message("بدنه")
    String example_body();

    @Message("Guild-Webhook-Signature")
    String example_signature();

    @Message("تلاش دوباره")
    String retries_title();

    @Message("هر پاسخی جز 2xx، یا نرسیدن پاسخ، شکست شمرده می‌شود و فراخوانی دوباره انجام می‌شود، با فاصله‌ای که از {firstAmount} {#when firstUnit}{#is SECONDS}ثانیه{#is MINUTES}دقیقه{#is HOURS}ساعت{/when} شروع می‌شود و هر بار دو برابر می‌شود تا حداکثر {longestAmount} {#when longestUnit}{#is SECONDS}ثانیه{#is MINUTES}دقیقه{#is HOURS}ساعت{/when}؛ روی هم حداکثر {attempts} تلاش.")
    String retries_text(String attempts, String firstAmount, DevelopersPage.Span.Unit firstUnit, String longestAmount, DevelopersPage.Span.Unit longestUnit);

    @Message("تلاش‌ها، با کد پاسخ هر کدام، از راه deliveries دیده می‌شوند. وقتی کد اشتراک منقضی یا باطل شود، دیگر فراخوانی‌ای نمی‌رسد.")
    String retries_stop();

    @Message("همه نقطه‌های پایانی، با شکل دقیق درخواست‌ها و پاسخ‌ها، در سند OpenAPI آمده است؛ Swagger UI همان را خوانا نشان می‌دهد و با توکن خودتان می‌توانید از آنجا درخواست بفرستید.")
    String reference_text();

    @Message("سند OpenAPI")
    String openapi_link();

    @Message("Swagger UI")
    String swagger_link();
}
