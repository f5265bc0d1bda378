<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- The host serves the not-found page for any missing address, also inside a made-up folder, where its relative
     links would point into that folder. A base of the public URL's path (without its host, so nothing loads from
     another host) makes them resolve from the site's top level. Local builds have no site.host and open the page at
     the top level. -->
<#if content.type == "notfound" && config.site_host?has_content>
<base href="${config.site_host?replace("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "", "r")?ensure_starts_with("/")?ensure_ends_with("/")}">
</#if>
<title><#if content.uri == "index.html">${content.title!"Java Discord Bot Guide"}<#else>${content.title!""} · Java Discord Bot Guide</#if></title>
<#if content.description?has_content>
<meta name="description" content="${content.description?trim}">
</#if>
<#-- site.host is empty until the site has a public address; canonical links need an absolute URL. -->
<#if config.site_host?has_content>
<#if content.type == "notfound">
<meta name="robots" content="noindex">
<#else>
<link rel="canonical" href="${config.site_host?remove_ending("/")}/${content.uri}">
</#if>
</#if>
<meta name="color-scheme" content="light dark">
<#-- Runs before the first paint so a stored theme choice applies without a flash of the other theme. -->
<script src="js/theme.js"></script>
<link rel="stylesheet" href="css/tokens.css">
<link rel="stylesheet" href="css/layout.css">
<link rel="stylesheet" href="css/content.css">
<link rel="stylesheet" href="css/code.css">
<link rel="stylesheet" href="css/print.css" media="print">
<#if content.styles?has_content>
<#list content.styles?split(",") as style>
<link rel="stylesheet" href="css/${style?trim}.css">
</#list>
</#if>
<link rel="icon" href="images/favicon.svg" type="image/svg+xml">
<script src="js/site.js" defer></script>
<#if content.scripts?has_content>
<#list content.scripts?split(",") as script>
<script src="js/${script?trim}.js" defer></script>
</#list>
</#if>
</head>
