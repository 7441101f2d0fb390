import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the province through the REST API, as an administrator would: C centers open round the
 * clock, each with four fields, six counters serving overlapping fields (all opened), one kiosk
 * and one hall screen.
 */
final class FloorSetup {

    /** Field codes and their ticket prefixes (letters: 9,999 numbers a field a day). */
    static final String[] FIELDS = {"HT", "CT", "TP", "DD"};
    private static final String[] PREFIXES = {"A", "B", "C", "D"};
    private static final String[] NAMES = {"Hộ tịch", "Chứng thực", "Tư pháp", "Đất đai"};

    /**
     * Fields of counters 1…6, primary first; every field is served by three counters. Counters 1
     * and 3 share no field, so the two closed-loop workers of a center never take each other's
     * tickets (see {@link LifecyclePhase}).
     */
    static final int[][] COUNTER_FIELDS = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}};
    static final int COUNTERS = COUNTER_FIELDS.length;

    /** One center as the generator drives it. */
    record Center(String code, String kioskToken, String hallToken) {
    }

    static List<Center> create(Api api, String admin, int centers) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Center>> made = new ArrayList<>();
            for (int i = 1; i <= centers; i++) {
                String code = String.format("bench-%03d", i);
                made.add(CompletableFuture.supplyAsync(() -> createCenter(api, admin, code), pool));
            }
            return made.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Centers with screens but no visitors now, as most of a province's are at any moment: each
     * holds its share of the idle sockets, so a busy center's events go to its own few screens.
     */
    static List<Center> createQuiet(Api api, String admin, int centers) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Center>> made = new ArrayList<>();
            for (int i = 1; i <= centers; i++) {
                String code = String.format("quiet-%04d", i);
                made.add(CompletableFuture.supplyAsync(() -> {
                    api.sendOk("POST", "/api/centers", "{\"code\":\"" + code + "\",\"name\":\"Trung tâm " + code + "\"}", admin);
                    return new Center(code, null, device(api, admin, code, "HALL_SCREEN", "Màn hình sảnh"));
                }, pool));
            }
            return made.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** A center of the reconnect storm: a kiosk to issue with, and its screens' device tokens. */
    record Hall(String code, String kioskToken, List<String> screenTokens) {
    }

    /**
     * Centers for a reconnect storm: each open round the clock with one field, a counter, a kiosk, and
     * {@code screens} hall screens, each paired as a device of its own, as real screens are.
     */
    static List<Hall> createHalls(Api api, String admin, int centers, int screens) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Hall>> made = new ArrayList<>();
            for (int i = 0; i < centers; i++) {
                String code = String.format("storm-%04d", i + 1);
                int mine = screens / centers + (i < screens % centers ? 1 : 0);
                made.add(CompletableFuture.supplyAsync(() -> {
                    String c = "/api/centers/" + code;
                    api.sendOk("POST", "/api/centers", "{\"code\":\"" + code + "\",\"name\":\"Trung tâm " + code + "\"}", admin);
                    openAllWeek(api, admin, c);
                    putField(api, admin, c, 0);
                    // a kiosk issues only for a field some open counter serves
                    api.sendOk("PUT", c + "/counters/1", "{\"label\":\"Quầy 1\",\"fields\":[\"" + FIELDS[0] + "\"]}", admin);
                    api.sendOk("POST", c + "/counters/1/open", null, admin);
                    String kiosk = device(api, admin, code, "KIOSK", "Kiosk 1");
                    List<String> tokens = new ArrayList<>();
                    for (int n = 1; n <= mine; n++) {
                        tokens.add(device(api, admin, code, "HALL_SCREEN", "Màn hình " + n));
                    }
                    return new Hall(code, kiosk, tokens);
                }, pool));
            }
            return made.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static Center createCenter(Api api, String admin, String code) {
        String c = "/api/centers/" + code;
        api.sendOk("POST", "/api/centers", "{\"code\":\"" + code + "\",\"name\":\"Trung tâm PVHCC " + code + "\"}", admin);
        openAllWeek(api, admin, c);
        for (int f = 0; f < FIELDS.length; f++) {
            putField(api, admin, c, f);
        }
        for (int n = 1; n <= COUNTERS; n++) {
            StringBuilder fields = new StringBuilder();
            for (int f : COUNTER_FIELDS[n - 1]) {
                fields.append(fields.length() == 0 ? "" : ",").append('"').append(FIELDS[f]).append('"');
            }
            api.sendOk("PUT", c + "/counters/" + n, "{\"label\":\"Quầy " + n + "\",\"fields\":[" + fields + "]}", admin);
            api.sendOk("POST", c + "/counters/" + n + "/open", null, admin);
        }
        String kiosk = device(api, admin, code, "KIOSK", "Kiosk 1");
        String hall = device(api, admin, code, "HALL_SCREEN", "Màn hình sảnh");
        return new Center(code, kiosk, hall);
    }

    /** Kiosks only issue during opening hours: open every day, all day (closesAt 00:00 = midnight). */
    private static void openAllWeek(Api api, String admin, String center) {
        api.sendOk("PATCH", center, "{\"opensAt\":\"00:00\",\"closesAt\":\"00:00\",\"openDays\":[\"MONDAY\",\"TUESDAY\","
                + "\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]}", admin);
    }

    private static void putField(Api api, String admin, String center, int f) {
        api.sendOk("PUT", center + "/fields/" + FIELDS[f], "{\"names\":{\"vi\":\"" + NAMES[f] + "\"},\"prefix\":\""
                + PREFIXES[f] + "\",\"serviceMinutes\":10,\"displayOrder\":" + (f + 1) + "}", admin);
    }

    private static String device(Api api, String admin, String center, String kind, String name) {
        Api.Reply r = api.sendOk("POST", "/api/devices/" + center, "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}", admin);
        String token = Api.stringMember(r.body(), "token");
        if (token == null) {
            throw new IllegalStateException("No token in the pairing answer: " + r.body());
        }
        return token;
    }

    /** A kiosk's request, with the request id a real kiosk sends (its claim is written with the ticket). */
    static String issueBody(int field) {
        return "{\"field\":\"" + FIELDS[field] + "\",\"requestId\":\"" + UUID.randomUUID() + "\"}";
    }
}
