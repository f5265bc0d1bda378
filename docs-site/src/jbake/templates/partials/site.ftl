<#--
  Functions shared by the layout partials.
  Pages are flat files at the site root, so every link is a bare file name and the site works under any sub-path.
-->

<#-- Returns the published pages sorted by their numeric jbake-order, each as {page, uri, title, index}.
     A page without an order sorts last, so a new page is visible before it is given its place. -->
<#function guidesInReadingOrder pages>
  <#local keyed = []>
  <#list pages as page>
    <#local order = (page.order?has_content)?then(page.order?trim?number, 1000000)>
    <#local keyed = keyed + [{"order": order, "page": page}]>
  </#list>
  <#local result = []>
  <#list keyed?sort_by("order") as entry>
    <#local result = result + [{"page": entry.page, "uri": entry.page.uri, "title": entry.page.title!entry.page.uri,
        "index": entry?index}]>
  </#list>
  <#return result>
</#function>

<#-- Returns the value of an AsciiDoc attribute that the build passes to every page (such as jda-version),
     or an empty string when the build does not set it. -->
<#function buildAttribute name>
  <#list config.asciidoctor_attributes as attribute>
    <#if attribute?starts_with(name + "=")>
      <#return attribute?keep_after("=")>
    </#if>
  </#list>
  <#return "">
</#function>

<#-- Returns a section title from Asciidoctor's heading HTML as plain text. -->
<#function plainText html>
  <#return html?replace("<[^>]+>", "", "r")?replace("&#8217;", "’")?replace("&amp;", "&")?replace("&lt;", "<")?replace("&gt;", ">")?replace("&quot;", "\"")>
</#function>
