package dev.jdaguide.invite;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;

/**
 * Builds the URL that adds a bot to a server, without a logged-in JDA.
 *
 * <p>For the same application id, scopes and permissions the URL is the one JDA's {@code JDA#getInviteUrl}
 * returns: parameters in the order {@code client_id}, {@code scope}, {@code permissions}, scopes joined with
 * {@code +} and {@code bot} last, and no {@code permissions} parameter when none are requested. The other
 * parameters follow in the order of Discord's OAuth2 documentation.
 *
 * <pre>{@code
 * String url = InviteUrl.forApplication("123456789012345678")
 *         .scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS)
 *         .permissions(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND)
 *         .build();
 * }</pre>
 */
public final class InviteUrl {

    /** Discord's OAuth2 authorization endpoint. */
    public static final String AUTHORIZE_ENDPOINT = "https://discord.com/oauth2/authorize";

    /** The scope that adds the bot user to a server. */
    public static final String BOT = "bot";

    /** The scope that lets the application create slash commands in the server. */
    public static final String APPLICATIONS_COMMANDS = "applications.commands";

    private static final Set<String> BOT_FLOW_SCOPES = Set.of(BOT, APPLICATIONS_COMMANDS);

    // Discord's snowflake ids have 17 to 20 decimal digits.
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9_.]+");

    // Longer rejected values are not repeated in messages: a Client Secret (32 characters) or a bot token
    // pasted by mistake must not end up in a terminal or log.
    private static final int MAX_ECHOED_LENGTH = 24;

    private final String applicationId;
    private final Set<String> scopes = new LinkedHashSet<>(List.of(BOT));
    private final Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    private String guildId;
    private boolean disableGuildSelect;
    private IntegrationType integrationType;
    private URI redirectUri;
    private String state;

    private InviteUrl(String applicationId) {
        this.applicationId = applicationId;
    }

    /**
     * Starts an invite for the application with the given id.
     *
     * @param applicationId the Application ID from the General Information page of the developer portal
     * @throws IllegalArgumentException if the id is not a snowflake of 17 to 20 digits
     */
    public static InviteUrl forApplication(String applicationId) {
        return new InviteUrl(requireSnowflake(applicationId, "Application ID",
                "Copy the Application ID from the General Information page of your application"));
    }

    /** Starts an invite for the application with the given id, read as an unsigned number. */
    public static InviteUrl forApplication(long applicationId) {
        return forApplication(Long.toUnsignedString(applicationId));
    }

    /**
     * Replaces the requested scopes. The default is {@value #BOT} alone.
     *
     * @throws IllegalArgumentException if the list is empty or a scope is not a Discord scope name
     */
    public InviteUrl scopes(String... scopes) {
        return scopes(Arrays.asList(scopes));
    }

    /** Replaces the requested scopes, as {@link #scopes(String...)} does. */
    public InviteUrl scopes(Collection<String> scopes) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("The scope list is empty. Request at least \"" + BOT
                    + "\" to add the bot user, and \"" + APPLICATIONS_COMMANDS + "\" for slash commands.");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String scope : scopes) {
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                throw new IllegalArgumentException("Scope " + quote(scope) + " is invalid. Use Discord's"
                        + " scope names, such as \"" + BOT + "\" or \"" + APPLICATIONS_COMMANDS + "\".");
            }
            checked.add(scope);
        }
        this.scopes.clear();
        this.scopes.addAll(checked);
        return this;
    }

    /**
     * Replaces the permissions the bot's role gets when it joins.
     *
     * @throws IllegalArgumentException for {@link Permission#UNKNOWN}, which has no bit
     */
    public InviteUrl permissions(Permission... permissions) {
        return permissions(Arrays.asList(permissions));
    }

    /** Replaces the requested permissions, as {@link #permissions(Permission...)} does. */
    public InviteUrl permissions(Collection<Permission> permissions) {
        for (Permission permission : permissions) {
            Objects.requireNonNull(permission, "permissions must not contain null");
            if (permission == Permission.UNKNOWN) {
                throw new IllegalArgumentException("Permission UNKNOWN has no bit to request."
                        + " Use a named constant of net.dv8tion.jda.api.Permission.");
            }
        }
        this.permissions.clear();
        this.permissions.addAll(permissions);
        return this;
    }

    /**
     * Pre-selects the server in the authorization screen ({@code guild_id}).
     *
     * @throws IllegalArgumentException if the id is not a snowflake of 17 to 20 digits
     */
    public InviteUrl guild(String guildId) {
        this.guildId = requireSnowflake(guildId, "Guild ID",
                "Turn on Developer Mode in Discord and use Copy Server ID on the server");
        return this;
    }

    /** Pre-selects the server with the given id, read as an unsigned number. */
    public InviteUrl guild(long guildId) {
        return guild(Long.toUnsignedString(guildId));
    }

    /** Locks the server choice to the one set with {@link #guild(String)} ({@code disable_guild_select=true}). */
    public InviteUrl disableGuildSelect() {
        this.disableGuildSelect = true;
        return this;
    }

    /** Sets the installation context, which is valid only together with {@value #APPLICATIONS_COMMANDS}. */
    public InviteUrl integrationType(IntegrationType integrationType) {
        this.integrationType = Objects.requireNonNull(integrationType, "integrationType");
        return this;
    }

    /**
     * Turns the invite into the authorization-code grant ({@code response_type=code}).
     *
     * <p>Needed when the bot has Requires OAuth2 Code Grant on, or when a scope other than {@value #BOT} and
     * {@value #APPLICATIONS_COMMANDS} is requested. Discord sends the browser back to {@code redirectUri} with a
     * code and the {@code state}, which the server must compare with the value it stored for that browser.
     *
     * @param redirectUri an absolute URI registered under Redirects on the OAuth2 page
     * @param state an unguessable value that ties the callback to this request, against cross-site request forgery
     */
    public InviteUrl codeGrant(URI redirectUri, String state) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("Redirect URI " + quote(redirectUri.toString()) + " is not"
                    + " absolute. Use the full URI registered under Redirects on the OAuth2 page.");
        }
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("The state is missing. Pass a random value and compare it with"
                    + " the state parameter Discord sends to the redirect URI.");
        }
        this.redirectUri = redirectUri;
        this.state = state;
        return this;
    }

    /** Returns the risks of the requested permissions, most severe first, or an empty list. */
    public List<InviteWarning> warnings() {
        List<InviteWarning> warnings = new ArrayList<>();
        if (permissions.contains(Permission.ADMINISTRATOR)) {
            warnings.add(new InviteWarning(InviteWarning.Kind.ADMINISTRATOR, Set.of(Permission.ADMINISTRATOR),
                    "Administrator grants every permission and overrides every channel's permissions, so anyone"
                            + " who gets the bot's token controls the server. Request only the permissions the"
                            + " bot's features use."));
        }
        Set<Permission> needingTwoFactor = EnumSet.noneOf(Permission.class);
        for (Permission permission : permissions) {
            if (TwoFactorPermissions.requiresTwoFactor(permission)) {
                needingTwoFactor.add(permission);
            }
        }
        if (!needingTwoFactor.isEmpty()) {
            warnings.add(new InviteWarning(InviteWarning.Kind.OWNER_TWO_FACTOR_REQUIRED, needingTwoFactor,
                    "In servers that require 2FA for moderator actions, the bot can use "
                            + names(needingTwoFactor) + " only if its owner has two-factor authentication on."));
        }
        return List.copyOf(warnings);
    }

    /**
     * Returns the invite URL.
     *
     * @throws IllegalStateException if the parameters contradict each other, naming the parameter and the fix
     */
    // tag::url-parameters[]
    public String build() {
        checkCombination();
        StringBuilder url = new StringBuilder(AUTHORIZE_ENDPOINT);
        url.append("?client_id=").append(applicationId);
        url.append("&scope=").append(String.join("+", scopesBotLast()));
        if (!permissions.isEmpty()) {
            url.append("&permissions=").append(Permission.getRaw(permissions)); // <1>
        }
        if (guildId != null) {
            url.append("&guild_id=").append(guildId);
        }
        if (disableGuildSelect) {
            url.append("&disable_guild_select=true");
        }
        if (integrationType != null) {
            url.append("&integration_type=").append(integrationType.value());
        }
        if (redirectUri != null) {
            url.append("&response_type=code"); // <2>
            url.append("&redirect_uri=").append(encode(redirectUri.toString()));
            url.append("&state=").append(encode(state));
        }
        return url.toString();
    }
    // end::url-parameters[]

    private void checkCombination() {
        if (!permissions.isEmpty() && !scopes.contains(BOT)) {
            throw new IllegalStateException("Permissions are requested without the \"" + BOT + "\" scope, and"
                    + " Discord ignores them there. Add \"" + BOT + "\" to the scopes or request no permissions.");
        }
        if (disableGuildSelect && guildId == null) {
            throw new IllegalStateException("disable_guild_select is set without a guild_id. Call guild(id)"
                    + " with the server to lock the choice to.");
        }
        if (integrationType != null && !scopes.contains(APPLICATIONS_COMMANDS)) {
            throw new IllegalStateException("integration_type is valid only with the \"" + APPLICATIONS_COMMANDS
                    + "\" scope. Add that scope or leave the integration type unset.");
        }
        if (redirectUri == null) {
            for (String scope : scopes) {
                if (!BOT_FLOW_SCOPES.contains(scope)) {
                    throw new IllegalStateException("Scope \"" + scope + "\" needs the authorization-code grant."
                            + " Call codeGrant(redirectUri, state) with a redirect URI registered on the OAuth2"
                            + " page.");
                }
            }
        }
    }

    /** Orders the scopes as JDA does: the others in the order given, then {@value #BOT}. */
    private List<String> scopesBotLast() {
        List<String> ordered = new ArrayList<>();
        for (String scope : scopes) {
            if (!scope.equals(BOT)) {
                ordered.add(scope);
            }
        }
        if (scopes.contains(BOT)) {
            ordered.add(BOT);
        }
        return ordered;
    }

    private static String requireSnowflake(String id, String name, String fix) {
        if (id == null || !SNOWFLAKE.matcher(id).matches() || !fitsUnsignedLong(id)) {
            throw new IllegalArgumentException(name + " " + quote(id) + " is invalid: expected 17 to 20 digits."
                    + " " + fix + ".");
        }
        return id;
    }

    private static boolean fitsUnsignedLong(String digits) {
        try {
            Long.parseUnsignedLong(digits);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static String quote(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() > MAX_ECHOED_LENGTH) {
            return "(a value of " + value.length() + " characters)";
        }
        return "\"" + value + "\"";
    }

    /** Returns the permissions' names as a reader lists them: "Kick Members, Ban Members and Administrator". */
    private static String names(Set<Permission> permissions) {
        List<String> names = new ArrayList<>();
        for (Permission permission : permissions) {
            names.add(permission.getName());
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " and " + last;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
