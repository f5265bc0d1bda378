<#--
  Functions shared by the layout partials.
  Pages are flat files at the site root, so every link is a bare file name and the site works under any sub-path.
-->

<#-- Returns the guides in reading order, each as {uri, title, index}. The site builder reads them once per bake from
     the pages' headers into config.site_guides, as "uri|title" strings, because asking JBake for its published pages
     on every page loads every page each time. -->
<#function guidesInReadingOrder>
  <#local result = []>
  <#-- The configuration returns a single guide as a string and no guides as nothing. -->
  <#local entries = (config.site_guides)![]>
  <#if !entries?is_sequence>
    <#local entries = [entries]>
  </#if>
  <#list entries as entry>
    <#local result = result + [{"uri": entry?keep_before("|"), "title": entry?keep_after("|"), "index": entry?index}]>
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
