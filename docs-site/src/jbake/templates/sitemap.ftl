<?xml version="1.0" encoding="UTF-8"?>
<#-- Lists every guide page for search engines. Sitemap URLs must be absolute, so without a configured site.host
     (local builds) the list is left empty rather than filled with addresses that would be wrong once published. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#if config.site_host?has_content>
<#list published_content?filter(c -> c.type == "page") as page>
  <url><loc>${config.site_host?remove_ending("/")}/${page.uri}</loc></url>
</#list>
</#if>
</urlset>
