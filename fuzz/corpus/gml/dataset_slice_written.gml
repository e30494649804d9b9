graph [
  directed 1
  multigraph 1
  node [
    id 0
    label "nanjing"
    name "&#21335;&#20140;"
    name_en "Nanjing"
    type "city"
    latitude 32.06
    longitude 118.8
    sources "[{&#34;document&#34;: &#34;000_74ebf8bde1ff4e14.txt&#34;, &#34;quote&#34;: &#34;&#21335;&#20140;&#37096;&#32626;&#23454;&#26045;&#21019;&#26032;&#39537;&#21160;&#21457;&#23637;&#34;}]"
    province "Jiangsu"
    role "central city of the Nanjing metropolitan area; only national comprehensive S&#38;T-system-reform pilot city"
  ]
  node [
    id 1
    label "zhenjiang"
    name "&#38215;&#27743;"
    name_en "Zhenjiang"
    type "city"
    latitude 32.19
    longitude 119.42
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#33436;&#28246;&#12289;&#38215;&#27743;&#12289;&#25196;&#24030;&#12289;&#39532;&#38797;&#23665;&#34;}]"
    province "Jiangsu"
    spatial_layout_sunan_annex "&#8220;&#19968;&#21306;&#21313;&#22235;&#22253;&#8221;"
  ]
  node [
    id 2
    label "yangzhou"
    name "&#25196;&#24030;"
    name_en "Yangzhou"
    type "city"
    latitude 32.39
    longitude 119.41
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#33436;&#28246;&#12289;&#38215;&#27743;&#12289;&#25196;&#24030;&#12289;&#39532;&#38797;&#23665;&#34;}]"
    province "Jiangsu"
    attributes "{&#34;metrics&#34;: {&#34;china_city_innovation_top100@2025&#34;: {&#34;value&#34;: true, &#34;unit&#34;: &#34;listed&#34;, &#34;year&#34;: 2025, &#34;kind&#34;: &#34;rank&#34;, &#34;indicator&#34;: &#34;i109&#34;}}}"
  ]
  node [
    id 3
    label "huaian"
    name "&#28142;&#23433;"
    name_en "Huai'an"
    type "city"
    latitude 33.6
    longitude 119.02
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#33436;&#28246;&#12289;&#38215;&#27743;&#12289;&#25196;&#24030;&#12289;&#39532;&#38797;&#23665;&#34;}]"
    province "Jiangsu"
    attributes "{&#34;metrics&#34;: {&#34;china_city_innovation_top100@2025&#34;: {&#34;value&#34;: true, &#34;unit&#34;: &#34;listed&#34;, &#34;year&#34;: 2025, &#34;kind&#34;: &#34;rank&#34;, &#34;indicator&#34;: &#34;i113&#34;}, &#34;provincial_flying_enclaves_in_nanjing@2025&#34;: {&#34;value&#34;: 2, &#34;unit&#34;: &#34;enclaves&#34;, &#34;year&#34;: 2025, &#34;kind&#34;: &#34;actual&#34;, &#34;indicator&#34;: &#34;i119&#34;}}}"
  ]
  node [
    id 4
    label "jiangbei_new_area"
    name "&#27743;&#21271;&#26032;&#21306;"
    name_en "Jiangbei New Area"
    type "district"
    parent "nanjing"
    sources "[{&#34;document&#34;: &#34;000_74ebf8bde1ff4e14.txt&#34;, &#34;quote&#34;: &#34;&#27743;&#21271;&#26032;&#21306;&#25171;&#36896;&#8220;&#33258;&#20027;&#21019;&#26032;&#20808;&#34;}]"
    status "national-level new area (&#22269;&#23478;&#32423;&#27743;&#21271;&#26032;&#21306;)"
    role_2021 "&#8220;&#33258;&#20027;&#21019;&#26032;&#20808;&#23548;&#21306;&#8221; (independent-innovation pilot zone)"
  ]
  edge [
    source 3
    target 0
    id "e023"
    kind "flying_enclave"
    weight 2.0
    evidence "stated"
    directed 1
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#28142;&#23433;&#22312;&#23425;2&#23478;&#25104;&#21151;&#20837;&#36873;&#8220;&#30465;&#34;}]"
    attributes "{&#34;count&#34;: {&#34;value&#34;: 2, &#34;unit&#34;: &#34;enclaves&#34;, &#34;year&#34;: 2025, &#34;kind&#34;: &#34;actual&#34;}, &#34;designation&#34;: &#34;&#30465;&#32423;&#31185;&#21019;&#39134;&#22320; (provincial S&#38;T flying enclave)&#34;}"
  ]
  edge [
    source 0
    target 1
    id "e027"
    kind "corridor_link"
    weight 1.0
    evidence "stated"
    directed 0
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#23425;&#38215;&#25196;&#28142;&#20849;&#21516;&#24320;&#23637;G312&#34;}]"
    corridor "g312_ningzhen"
  ]
  edge [
    source 0
    target 2
    id "e028"
    kind "corridor_link"
    weight 1.0
    evidence "stated"
    directed 0
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#23425;&#38215;&#25196;&#28142;&#20849;&#21516;&#24320;&#23637;G312&#34;}]"
    corridor "g328_ningyang"
  ]
  edge [
    source 0
    target 3
    id "e029"
    kind "corridor_link"
    weight 1.0
    evidence "stated"
    directed 0
    sources "[{&#34;document&#34;: &#34;002_bb4075fa2d11ad25.txt&#34;, &#34;quote&#34;: &#34;&#23425;&#38215;&#25196;&#28142;&#20849;&#21516;&#24320;&#23637;G312&#34;}]"
    corridor "ninghuai"
  ]
]
