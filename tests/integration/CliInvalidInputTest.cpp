// Invalid input to `accountdesk-cli update`: exit 2, a message naming the problem, and not a single
// request.
#include "CliUpdateFixture.h"

struct InvalidCase
{
    const char* name;
    QStringList arguments; // after `update`; {base} is replaced by the server's URL
    QString expectedLine;
};

void PrintTo(const InvalidCase& invalidCase, std::ostream* os)
{
    *os << invalidCase.name;
}

class CliInvalidInput : public CliUpdate, public ::testing::WithParamInterface<InvalidCase>
{};

TEST_P(CliInvalidInput, ExitsWithTwoAndSendsNothing)
{
    TestHttpServer server;
    QStringList arguments{QStringLiteral("update")};
    for (const QString& argument : GetParam().arguments)
        arguments.append(QString(argument).replace(QStringLiteral("{base}"), server.baseUrl()));
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(run.err.contains(GetParam().expectedLine)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

#define ARGS(...)                                                                                            \
    QStringList                                                                                              \
    {                                                                                                        \
        __VA_ARGS__                                                                                          \
    }
#define S QStringLiteral

INSTANTIATE_TEST_SUITE_P(
    Providers, CliInvalidInput,
    ::testing::Values(
        InvalidCase{"UnknownProvider", ARGS(S("nosuch"), S("--set"), S("/a=b")),
                    S("<provider>: unknown provider")},
        InvalidCase{"NoProvider", ARGS(S("--set"), S("/a=b")), S("<provider>: missing")},
        InvalidCase{"UnknownOption", ARGS(S("pismo"), S("--frobnicate")), S("--frobnicate: unknown option")},
        InvalidCase{"NoEdits", ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}")),
                    S("nothing to change")},
        InvalidCase{"PismoAccountZero",
                    ARGS(S("pismo"), S("--account"), S("0"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=x")),
                    S("{accountId}: must be ≥ 1")},
        InvalidCase{"PismoAccountNotANumber",
                    ARGS(S("pismo"), S("--account"), S("12ab"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=x")),
                    S("{accountId}: \"12ab\" is not a whole number")},
        InvalidCase{"SoftwareOneAccountDotDot",
                    ARGS(S("softwareone"), S("--account"), S(".."), S("--base-url"), S("{base}"), S("--set"),
                         S("/name=x")),
                    S("{id}: \".\" and \"..\" are not account ids")},
        InvalidCase{"PismoAccountMissing",
                    ARGS(S("pismo"), S("--base-url"), S("{base}"), S("--set"), S("/account_name=x")),
                    S("{accountId}: is required")},
        InvalidCase{"PismoNameTooLong",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=") + QString(61, QLatin1Char('n'))),
                    S("/account_name: takes at most 60 characters (has 61)")},
        InvalidCase{"PismoDivisionNotInteger",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/division_id=1.5")),
                    S("/division_id: \"1.5\" is not a whole number")},
        InvalidCase{"PismoCustomFieldsTooBig",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set-json"),
                         S("/custom_fields={\"k\": \"") + QString(1010, QLatin1Char('x')) + S("\"}")),
                    S("/custom_fields: is 1018 bytes as JSON; the limit is 1014 bytes")},
        InvalidCase{"PismoNullNotAllowed",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--null"),
                         S("/account_name")),
                    S("/account_name: cannot be null")},
        InvalidCase{"PismoUnknownField",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/nickname=x")),
                    S("/nickname: the update has no such field")},
        InvalidCase{"PismoBooleanWord",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/centralizer=yes")),
                    S("/centralizer: \"yes\" is not true or false")},
        InvalidCase{"QuivaTakesNoAccount",
                    ARGS(S("quiva"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/country=DE")),
                    S("--account: quiva edits the account of the credentials' owner")},
        InvalidCase{"QuivaCountryUnknown",
                    ARGS(S("quiva"), S("--base-url"), S("{base}"), S("--set"), S("/country=XX")),
                    S("/country: \"XX\" is not an ISO 3166-1 alpha-2 country code")},
        InvalidCase{"QuivaCloudNotBoolean",
                    ARGS(S("quiva"), S("--base-url"), S("{base}"), S("--set-json"), S("/cloud=\"true\"")),
                    S("/cloud: must be true or false")},
        InvalidCase{"SequenceBadEmail",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set-json"),
                         S("/alertEmailAddresses=[\"nope\"]")),
                    S("/alertEmailAddresses/0: \"nope\" is not an e-mail address")},
        InvalidCase{"SequenceListWithSet",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/alertEmailAddresses=a@b.co")),
                    S("/alertEmailAddresses: is a list")},
        InvalidCase{"SequenceUnknownServer",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--server"), S("staging"), S("--set-json"),
                         S("/alertEmailAddresses=[]")),
                    S("--server: sequence has no server \"staging\" (it has: dev, sandbox, production)")},
        InvalidCase{"SoftwareOneHiddenField",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/revision=5")),
                    S("/revision: is managed by the server")},
        InvalidCase{"SoftwareOneEmptyName",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/name=")),
                    S("/name: cannot be empty")},
        InvalidCase{"SoftwareOneBadEmail",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/technicalSupportEmail=help")),
                    S("/technicalSupportEmail: is not an e-mail address")},
        InvalidCase{"SoftwareOneBadEnum",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/status=Frozen")),
                    S("/status: must be one of Active, Enabled, Disabled")},
        InvalidCase{"SoftwareOneBadUuid",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/externalIds/pyraTenantId=123")),
                    S("/externalIds/pyraTenantId: is not a UUID")},
        InvalidCase{
            "SoftwareOneLogoNotAnImage",
            ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--logo"),
                 S(ACCOUNTDESK_SOURCE_DIR "/README.md")),
            S("--logo: README.md is text/plain, and the \"logo\" part takes only image/png, image/jpeg, "
              "image/svg+xml, image/webp")},
        InvalidCase{"SoftwareOneLogoMissing",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--logo"),
                         S("/nonexistent.png")),
                    S("--logo: /nonexistent.png: no such file")},
        InvalidCase{"PismoTakesNoLogo",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--logo"),
                         S(ACCOUNTDESK_SOURCE_DIR "/README.md")),
                    S("--logo: pismo takes no file upload")},
        InvalidCase{"ZephrNeedsBaseUrl", ARGS(S("zephr"), S("--account"), S("a"), S("--set"), S("/name=x")),
                    S("--base-url: zephr's server is https://{tenant}.api.zephr.com")},
        InvalidCase{"ZephrBadIp",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/on_premises_ips=1.2.3.4\n999.0.0.1")),
                    S("/on_premises_ips: line 2: \"999.0.0.1\" is not an IP address or CIDR block")},
        InvalidCase{"ZephrTagsNotJson",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/premises_tags=gold")),
                    S("/premises_tags: must be a JSON array of strings")},
        InvalidCase{"ZephrBadBehaviour",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/session_limit_behaviour=KICK")),
                    S("/session_limit_behaviour: must be one of PREVENT_LOGIN, DELETE_OLDEST_SESSIONS")},
        InvalidCase{"ZephrSeatsNotNumber",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/number_of_seats=five")),
                    S("/number_of_seats: \"five\" is not a number")},
        InvalidCase{"PlainHttpToARemoteHost",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("http://203.0.113.7"),
                         S("--set"), S("/account_name=x")),
                    S("--base-url: plain http:// is only allowed to a loopback address")},
        InvalidCase{"BadTimeout",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--timeout"),
                         S("0"), S("--set"), S("/account_name=x")),
                    S("--timeout: \"0\" is not a number of seconds")}),
    [](const ::testing::TestParamInfo<InvalidCase>& parameter) { return std::string(parameter.param.name); });
