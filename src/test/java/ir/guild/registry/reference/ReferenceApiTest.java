package ir.guild.registry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceApiTest {

    @Test
    void anyoneCanReadTheCodesWithTheirLabels() {
        given().when().get("/api/v1/reference")
                .then().statusCode(200)
                .body("provinces", hasSize(31))
                .body("provinces.code", hasItem("TEHRAN"))
                .body("provinces.find { it.code == 'ESFAHAN' }.fa", org.hamcrest.Matchers.equalTo("اصفهان"))
                .body("grades.code", org.hamcrest.Matchers.contains("ASSOCIATE", "MEMBER", "SENIOR"))
                .body("specialties.code", everyItem(matchesPattern("[A-Z_]+")))
                .body("educationLevels.fa", everyItem(not(emptyOrNullString())))
                .body("employmentStatuses.en", everyItem(not(emptyOrNullString())))
                .body("legalAidCategories.code", hasItem("UNPAID_WAGES"));
    }
}
